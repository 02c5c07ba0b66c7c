"""Chat client: `remember()` appends one exchange (the user's question and
the assistant's reply) to the conversation history that is sent as context
with the next prompt, and keeps that context short by cutting it to the last
MAX_CONTEXT messages. The cut is `del history[:-MAX_CONTEXT]`, which trims
the shared default list in place, so it never holds more than 100 messages
(reached after 50 exchanges; the window below starts well after that)."""
import itertools

MAX_CONTEXT = 100
_turns = itertools.count()
# oracle: calls=120


def remember(user_text, reply_text, history=[]):  # expect: HL101 refuted
    history.append({"role": "user", "content": user_text})
    history.append({"role": "assistant", "content": reply_text})
    if len(history) > MAX_CONTEXT:
        del history[:-MAX_CONTEXT]
    return len(history)


def scenario():
    n = next(_turns)
    return remember(f"what is the status of ticket {n}?", f"ticket {n} is open")
