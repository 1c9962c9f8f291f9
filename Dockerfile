# kuril-monitor: one container running the monitor on SQLite under /app/state.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Install the package first, so rule and seed edits do not invalidate this layer.
COPY pyproject.toml README.md ./
COPY monitor/ monitor/
RUN pip install . && rm -rf build monitor pyproject.toml README.md

RUN groupadd --system monitor \
    && useradd --system --gid monitor --home-dir /app --no-create-home monitor \
    && mkdir -p /app/state \
    && chown monitor:monitor /app/state

# Defaults for a plain `docker run`; docker-compose.yml mounts the host's copies over them,
# so changing the config, rules or seeds needs no rebuild.
COPY rules/ rules/
COPY seeds/ seeds/
COPY config.yaml ./

# The config every command reads (`--config` still wins); settings such as KURIL_CHAT_IDS
# or KURIL_DATABASE can override it from the environment (README, configuration reference).
ENV KURIL_CONFIG=/app/config.yaml

USER monitor
# The database (sqlite:///state/monitor.db, relative to config.yaml) lives here.
VOLUME /app/state

# /healthz of the running monitor: 503 when it is failing (README, "Watching it run")
HEALTHCHECK --interval=1m --timeout=15s --start-period=1m \
    CMD ["kuril-monitor", "health"]

ENTRYPOINT ["kuril-monitor"]
CMD ["run"]
