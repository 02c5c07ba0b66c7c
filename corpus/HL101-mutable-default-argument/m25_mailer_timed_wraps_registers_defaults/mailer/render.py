"""Subject rendering, timed by the observability decorator."""
from obs.timing import timed


@timed
def render_subject(user, issue=0, context={"brand": "Acme", "sep": " | "}):  # expect: HL101 refuted
    merged = dict(context, user=user, issue=issue)
    return "{brand}{sep}Issue #{issue} for {user}".format(**merged)
