"""The default directory listing layout: a name column and a size column,
each with the header cells it always shows."""

__all__ = ["listing_columns"]


def listing_columns(layout=[{"field": "name", "cells": ["Name"]}, {"field": "size", "cells": ["Size"]}]):  # expect: HL101 confirmed
    for column in layout:
        yield column
