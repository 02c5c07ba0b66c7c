from .json_handler import JsonHandler
from .auth_handler import AuthHandler
