def extract_links(document, found=[]):  # expect: HL101 confirmed
    """Sorted, de-duplicated hrefs of `document`."""
    from .scanner import scan_hrefs  # the scanner compiles its regexes on import

    scan_hrefs(document, found)
    return sorted(set(found))
