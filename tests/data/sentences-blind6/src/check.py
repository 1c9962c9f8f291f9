import yaml, re, collections
d = yaml.safe_load(open("items.yaml"))
assert len(d) == 180
ids = [x["id"] for x in d]; assert len(set(ids)) == 180
EN_M = r"(Jan\.?|January|Feb\.?|February|March|April|May|June|July|Aug\.?|August|Sept\.?|September|Oct\.?|October|Nov\.?|November|Dec\.?|December)"
RU_M = r"(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])"
def dates(x):
    s = x["lead"]; out = []
    if x["lang"] == "en":
        for m in re.finditer(EN_M + r"(?:\s+\d{1,2})?,?\s+(20\d\d)", s): out.append((m.group(1)[:3], int(m.group(2))))
    elif x["lang"] == "ru":
        for m in re.finditer(RU_M + r"\s+(20\d\d)", s): out.append((m.group(1)[:3], int(m.group(2))))
    else:
        for m in re.finditer(r"(20\d\d|\d\d)年(\d{1,2})月", s):
            y = int(m.group(1)); y = y + 2000 if y < 100 else y; out.append((int(m.group(2)), y))
    return out
enmon = {k: i for i, k in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
rumon = {k: i for i, k in enumerate("янв фев мар апр ма  июн июл авг сен окт ноя дек".split(), 1)}
bad = []
for x in d:
    ds = dates(x)
    ok = False
    for mo, y in ds:
        if isinstance(mo, str):
            mo = enmon.get(mo) if x["lang"] == "en" else (rumon.get(mo) or (5 if mo.startswith("ма") else None))
        if mo and (2024, 2) <= (y, mo) <= (2026, 11): ok = True
    if not ok: bad.append((x["id"], ds, x["lead"][:80]))
print("leads without in-range month+year:", bad)
c = collections.Counter(); mv = collections.defaultdict(list)
for x in d:
    c[(x["lang"], x["label"])] += 1
    if x["move"]:
        assert x["label"] == "news"
        mv[x["lang"]].append((x["move"]["to"], x["move"]["matter"], x["id"]))
    assert re.fullmatch(r"[a-z0-9_]+", x["kind"]), x["kind"]
    assert list(x) == ["id","lang","headline","lead","second","label","move","kind","why"]
for l in ("en","ru","ja"):
    print(l, c[(l,"news")], c[(l,"not_news")], sorted(mv[l]))
    assert sorted(t for t,_,_ in mv[l]) == sorted(["resumed","halted","ended","allowed_once"])
print(collections.Counter(m for l in mv for _,m,_ in mv[l]))
print(collections.Counter(x["kind"] for x in d).most_common(15))
