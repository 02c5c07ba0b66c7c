"""Id minting: the default is itertools.count().__next__, a bound method whose counter only advances and never grows."""
import itertools


def mint_id(prefix, _next=itertools.count(1).__next__):
    return f"{prefix}-{_next():08d}"


def create_ticket(subject):
    return {"id": mint_id("TCK"), "subject": subject.strip()}


_subjects = itertools.count()


def scenario():
    return create_ticket(f"  printer on floor {next(_subjects) % 9} is jammed ")
