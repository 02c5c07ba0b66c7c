import mailkit as mk


def compose(to, subject, headers={}):  # expect: HL101 confirmed
    hdrs = mk.add_header(headers, "To", to)
    hdrs = mk.add_header(hdrs, "Subject", subject)
    return mk.render_headers(hdrs) + "\r\n\r\n"
