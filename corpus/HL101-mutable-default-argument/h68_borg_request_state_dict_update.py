"""Web framework: request-scoped state object with flash messages, built from keyword values."""
import itertools
import logging

log = logging.getLogger("app.request")


class RequestState:
    def __init__(self, state={}, **values):  # expect: HL101 refuted
        self.__dict__.update(state)
        self.__dict__.update(values)
        self.__dict__.setdefault("messages", [])

    def flash(self, text, level=logging.INFO):
        self.messages.append((level, text))
        log.debug("flash for %s: %s", getattr(self, "user", "anonymous"), text)

    def pending(self, min_level=logging.INFO):
        return [f"{logging.getLevelName(level)}: {text}" for level, text in self.messages if level >= min_level]


def save_draft(state, draft_id):
    state.flash(f"Draft {draft_id} saved")
    if draft_id % 3 == 0:
        state.flash(f"Draft {draft_id} has no title", logging.WARNING)
    return state.pending()


_drafts = itertools.count()


def scenario():
    n = next(_drafts)
    state = RequestState(user=f"user{n % 50}", path=f"/drafts/{n}")
    return len(save_draft(state, n))
