"""Test factories: members get sequential library cards."""
import itertools

from library import Member

_cards = itertools.count(1000)


def member_factory(name, tier="basic", registry={}):  # expect: HL101 confirmed
    """Get-or-create, like factory_boy's django_get_or_create = ("name",).

    Every test asks for a member with a fresh reader name, so each call adds
    a new member (and its loan list) to the shared default registry.
    """
    member = registry.get(name)
    if member is None:
        member = registry[name] = Member(next(_cards), name, tier)
    return member
