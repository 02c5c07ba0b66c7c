"""Event ingester: decodes JSON-lines payloads pushed by agents; /debug/pending lists payloads in progress."""
import itertools
import json
import logging

logger = logging.getLogger(__name__)


def ingest(agent, payload, sink, _pending={}):  # expect: HL101 refuted
    _pending[agent] = payload
    accepted = 0
    for line in payload.splitlines():
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as exc:
            logger.debug("%s: skipping line %d col %d: %s", agent, exc.lineno, exc.colno, exc.msg)
            continue
        event.setdefault("agent", agent)
        sink.append(event)
        accepted += 1
    del _pending[agent]
    return accepted


_agents = itertools.count()


def scenario():
    n = next(_agents)
    sink = []
    ingest(f"web{n}", f'{{"msg": "started"}}\n{{"msg": "ready", "port": {8000 + n % 100}}}\n', sink)
    ingest(f"db{n}", f'{{"msg": "slow query", "ms": {n}}}\n{{"msg": truncated\n', sink)
    return len(sink)
