"""Chat: renders a message to HTML, linking @mentions to profile URLs (link targets cached per handle)."""
import html
import itertools


def render_message(text, _profile_links={}):  # expect: HL101 confirmed
    parts = []
    for word in text.split():
        if word.startswith("@") and len(word) > 1:
            handle = word[1:].rstrip(".,!?").lower()
            href = _profile_links.setdefault(handle, f"/u/{handle}")
            parts.append(f'<a class="mention" href="{href}">{html.escape(word)}</a>')
        else:
            parts.append(html.escape(word))
    return "<p>" + " ".join(parts) + "</p>"


_messages = itertools.count()


def scenario():
    n = next(_messages)
    return render_message(f"Thanks @dev{n}, the fix for #{n} looks good!")
