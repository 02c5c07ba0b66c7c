"""Tunables. MEMO_LIMIT = 0 turns the memo cap off (memoise everything)."""
MEMO_LIMIT = 0
