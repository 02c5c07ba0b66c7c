"""crm: contacts and leads built on one Record base."""
from .contacts import Contact, Lead

__all__ = ["Contact", "Lead"]
