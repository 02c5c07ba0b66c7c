"""CRM: each request builds the query options for its tenant's customers."""
import itertools

from crm.models import Customer

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return len(Customer(tenant_id=n).query_options())
