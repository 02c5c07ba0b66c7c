"""helpdesk: tickets keep an audit trail through AuditMixin."""
from .tickets import Ticket as NewTicket
from .escalation import Escalation

__all__ = ["NewTicket", "Escalation"]
