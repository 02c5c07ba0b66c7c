from .layout import LineLengthChecker
from .naming import NamingChecker

CHECKERS = [NamingChecker, LineLengthChecker]


def register_all(linter):
    for checker_class in CHECKERS:
        linter.register_checker(checker_class(linter))
