from .decorators import require, Forbidden
from .roles import permissions_for as effective_permissions
