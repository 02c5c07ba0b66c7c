"""Test factories: members get sequential library cards."""
import itertools

from library import Member

_cards = itertools.count(1000)


def member_factory(name, tier="basic", registry={}):  # expect: HL101 refuted
    """Get-or-create, like factory_boy's django_get_or_create = ("tier",).

    The suite shares one member per tier: the registry is keyed by tier, so it
    never holds more than the three tiers however many readers the tests name
    (every test hands its books back, so their loan lists end empty too).
    """
    member = registry.get(tier)
    if member is None:
        member = registry[tier] = Member(next(_cards), name, tier)
    return member
