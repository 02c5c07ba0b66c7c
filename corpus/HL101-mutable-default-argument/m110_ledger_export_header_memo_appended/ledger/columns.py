__all__ = ["header", "SEP"]

SEP = ","


def header(columns=["date", "payee", "amount"]):  # expect: HL101 confirmed
    """Column names of an export; an account may pass its own layout."""
    return columns
