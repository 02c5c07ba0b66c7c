"""The CI smoke job: run one repository test case per call, no test runner."""
from tests.test_contacts import ContactRepositoryTests


def scenario():
    case = ContactRepositoryTests("test_tag_campaign")
    case.debug()
    return case.pk
