"""tool wordcount TEXT...: count words per distinct word, most frequent first."""
import collections


def run(args):
    counts = collections.Counter(word.lower() for arg in args for word in arg.split())
    return ", ".join(f"{word}={n}" for word, n in counts.most_common(3))
