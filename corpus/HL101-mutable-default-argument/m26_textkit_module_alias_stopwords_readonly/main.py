"""Editorial dashboard: every draft gets a content ratio and its hardest word."""
import itertools

from textkit.scoring import content_ratio, hardest_word

_drafts = itertools.count()


def scenario():
    n = next(_drafts)
    draft = f"The summary of ticket {n} was sent to team-{n % 9} and archived, etc."
    return content_ratio(draft), hardest_word(draft)
