"""Style specs such as "bold red" or "underline link URL" -> (opening, closing) codes."""
RESET = "\x1b[0m"
SGR = {"bold": "1", "dim": "2", "italic": "3", "underline": "4", "red": "31", "green": "32", "blue": "34"}


def parse_style(spec):
    words = spec.split()
    link = None
    if "link" in words:
        at = words.index("link")
        link = words[at + 1] if at + 1 < len(words) else None
        del words[at:at + 2]
    codes = ";".join(SGR[word] for word in words if word in SGR)
    opening, closing = (f"\x1b[{codes}m", RESET) if codes else ("", "")
    if link:
        opening = f"\x1b]8;;{link}\x1b\\" + opening
        closing += "\x1b]8;;\x1b\\"
    return opening, closing
