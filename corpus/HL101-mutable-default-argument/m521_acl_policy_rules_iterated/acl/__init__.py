"""acl: named policies made of allow rules."""
from .check import allowed, grant
from .policy import Policy, Rule
