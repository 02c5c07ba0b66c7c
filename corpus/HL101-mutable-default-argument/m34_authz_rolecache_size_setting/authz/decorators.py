import functools

from .roles import permissions_for


class Forbidden(Exception):
    status_code = 403


def require(permission):
    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            grants = permissions_for(request.user, request.session.get("sudo", ()))
            if permission not in grants:
                raise Forbidden(f"{request.user.id} lacks {permission!r} for {view.__name__}")
            return view(request, *args, **kwargs)
        return wrapper
    return decorator
