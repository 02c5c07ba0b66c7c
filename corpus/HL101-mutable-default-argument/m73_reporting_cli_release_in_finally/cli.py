"""report-cli: print one report per invocation."""
import argparse

import report

parser = argparse.ArgumentParser(prog="report-cli")
parser.add_argument("--title", required=True)
parser.add_argument("--currency", default="EUR")


def run(argv, rows):
    args = parser.parse_args(argv)
    mark = report.begin(f"{args.title} ({args.currency})")
    try:
        if not rows:
            return f"{args.title}: nothing to report"
        for row in rows:
            report.add_row(row)
        return report.render(mark)
    finally:
        report.release(mark)
