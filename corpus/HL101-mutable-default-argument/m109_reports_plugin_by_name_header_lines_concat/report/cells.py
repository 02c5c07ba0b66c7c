def cell(value, width=10):
    text = str(value).replace("|", "/")
    return text.ljust(width)
