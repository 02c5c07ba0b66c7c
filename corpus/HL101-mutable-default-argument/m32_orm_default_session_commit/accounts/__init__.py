from .models import AuditEntry
