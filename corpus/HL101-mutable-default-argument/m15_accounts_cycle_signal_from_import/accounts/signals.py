# accounts.models imports this module first, so models is only partly initialised here.
try:
    from .models import User
except ImportError:  # circular import: User is not defined yet
    User = None


def post_save(instance, _audit=[]):  # expect: HL101 refuted
    if User is not None and isinstance(instance, User):
        _audit.append(("user.saved", instance.username))
    return instance
