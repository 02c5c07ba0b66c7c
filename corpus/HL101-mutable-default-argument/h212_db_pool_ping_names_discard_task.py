"""Database pool with in-memory fake connections: checkout() opens a connection
and schedules a background ping task named after its DSN, noting the name in
its `pinging=set()` default so shutdown can wait for pending pings. The done
callback is `pinging.discard`, which is handed the Task, not its name, so
nothing is ever removed and every tenant's DSN names stay in the set."""
import asyncio
import itertools

_requests = itertools.count()


class FakeConnection:
    def __init__(self, dsn):
        self.dsn, self.log = dsn, []
    async def ping(self):
        await asyncio.sleep(0)
        self.log.append("SELECT 1")
    async def fetch(self, sql):
        await asyncio.sleep(0)
        self.log.append(sql)
        return [(self.dsn, len(self.log))]


# heaplint-todo: it flows into `task.add_done_callback()` of an asyncio task, which heaplint cannot see (heaplint: unknown)
def checkout(dsn, pinging=set()):  # expect: HL101 confirmed
    conn = FakeConnection(dsn)
    task = asyncio.get_running_loop().create_task(conn.ping(), name=f"ping:{dsn}")
    pinging.add(task.get_name())
    task.add_done_callback(pinging.discard)
    return conn


async def handle(n):
    sql = f"SELECT id FROM orders WHERE tenant_id = {n}"
    async with asyncio.TaskGroup() as tg:
        queries = [tg.create_task(checkout(f"pg://replica{i}/tenant_{n}").fetch(sql)) for i in range(2)]
    return [q.result() for q in queries]


def scenario():
    return len(asyncio.run(handle(next(_requests))))
