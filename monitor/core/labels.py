"""Labels: the words an alert message is built of, in each label language (en, ru, ja).

Plain data: the keys are the `labels` a template may use (README, "Alert templates").
Article text is never translated; only these labels follow a chat's `lang`.
"""

from __future__ import annotations

Labels = dict[str, str]

LABELS: dict[str, Labels] = {
    "en": {
        "new_development": "New development",
        "status_change": "Status change",
        "what_changed": "What changed",
        "what_is_new": "What is new",
        "already_known": "Already known",
        "headline_only": "Headline only",
        "headline_only_why": "decided on the headline and the feed's summary",
        "via": "via",
        "since": "since {date}",
        "was": "was",
        "now": "now",
        "sources": "Sources",
        "rules": "Rules",
        "why": "Why",
        "retracted": "Retracted",
        "more_sources": "More sources",
        "digest": "new alerts",
        "full": "full alert",
    },
    "ru": {
        "new_development": "Новое событие",
        "status_change": "Смена статуса",
        "what_changed": "Что изменилось",
        "what_is_new": "Что нового",
        "already_known": "Уже известно",
        "headline_only": "Только заголовок",
        "headline_only_why": "решено по заголовку и анонсу ленты",
        "via": "через",
        "since": "с {date}",
        "was": "было",
        "now": "стало",
        "sources": "Источники",
        "rules": "Правила",
        "why": "Почему",
        "retracted": "Отозвано",
        "more_sources": "Ещё источники",
        "digest": "новых оповещений",
        "full": "полное оповещение",
    },
    "ja": {
        "new_development": "新たな動き",
        "status_change": "状況の変化",
        "what_changed": "変化",
        "what_is_new": "新たな点",
        "already_known": "既知",
        "headline_only": "見出しのみ",
        "headline_only_why": "見出しとフィードの要約で判断",
        "via": "経由",
        "since": "{date}以降",
        "was": "以前",
        "now": "現在",
        "sources": "出典",
        "rules": "ルール",
        "why": "理由",
        "retracted": "撤回",
        "more_sources": "追加の出典",
        "digest": "件の新着",
        "full": "全文",
    },
}

# A tracked status's new state names its move in English ("resumed: …"): the move's word.
MOVE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "resumed": "resumed",
        "halted": "halted",
        "ended": "ended",
        "allowed once": "allowed once",
    },
    "ru": {
        "resumed": "возобновлено",
        "halted": "приостановлено",
        "ended": "прекращено",
        "allowed once": "разрешено однократно",
    },
    "ja": {"resumed": "再開", "halted": "停止", "ended": "終了", "allowed once": "一度だけ許可"},
}
