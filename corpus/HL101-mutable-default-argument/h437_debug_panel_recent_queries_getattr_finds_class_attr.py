"""Debug toolbar: Panel.record() logs each SQL query into the panel's `recent`
buffer, falling back to the default list when the panel has none. SQLPanel
declares `recent` as a class attribute (a ring buffer of 16), and record()
looks it up with `getattr(self, ...)`, which finds the class attribute: the
queries go to the bounded ring buffer and the default is never appended to."""
import collections
import itertools

_requests = itertools.count()


class Panel:
    title = "panel"

    def record(self, entry, recent=[]):  # expect: HL101 refuted
        buffer = getattr(self, "recent", recent)
        buffer.append(entry)
        return len(buffer)


class SQLPanel(Panel):
    title = "SQL"
    recent = collections.deque(maxlen=16)

    def query(self, sql, params):
        return self.record((sql, tuple(params)))


def scenario():
    n = next(_requests)
    panel = SQLPanel()
    panel.query("SELECT * FROM users WHERE id = ?", [n])
    panel.query("UPDATE sessions SET seen = ? WHERE user_id = ?", [f"t{n}", n])
    return panel.title
