"""billing.docs: the document kinds."""
from .document import Document
from .invoice import Invoice, CreditNote
