"""Config loader: an INI-style reader fills a defaultdict of sections (one
inner dict per `[section]`) and keeps it on self for lookups. The reader
stores the defaultdict default itself, and every job file names its own
`[job.N]` section, so each load adds a section all later readers still see."""
import collections
import itertools

_jobs = itertools.count()


class IniReader:
    def __init__(self, text, sections=collections.defaultdict(dict)):  # expect: HL101 confirmed
        self.sections = sections
        current = self.sections["DEFAULT"]
        for raw in text.splitlines():
            line = raw.split(";", 1)[0].strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                current = self.sections[line[1:-1].strip()]
            elif "=" in line:
                key, _, value = line.partition("=")
                current[key.strip().lower()] = value.strip()

    def get(self, section, key, fallback=None):
        return self.sections.get(section, {}).get(key, self.sections["DEFAULT"].get(key, fallback))


def scenario():
    n = next(_jobs)
    text = "Retries = 3\n[job.%d]\ncommand = make -j%d\n; owner u%d\ntimeout = %d\n" % (n, n % 8 + 1, n, 30 + n % 5)
    reader = IniReader(text)
    return reader.get("job.%d" % n, "command"), reader.get("job.%d" % n, "retries")
