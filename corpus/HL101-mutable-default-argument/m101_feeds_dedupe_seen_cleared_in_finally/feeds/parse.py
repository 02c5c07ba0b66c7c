def parse_entry(line):
    guid, _, title = line.partition("|")
    return {"guid": guid.strip(), "title": title.strip()}
