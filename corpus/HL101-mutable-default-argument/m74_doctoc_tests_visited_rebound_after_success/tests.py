import unittest

from doctoc import outline


class OutlineTests(unittest.TestCase):
    page = "manual"  # main.py points this at a fresh page before each run

    def test_nested_headings_indented(self):
        source = f"# {self.page}\nIntro.\n## Install\n## Usage\n### Flags"
        self.assertEqual(outline(self.page, source),
                         [self.page, "  Install", "  Usage", "    Flags"])

    def test_body_text_ignored(self):
        self.assertEqual(outline(self.page, "just text\n#hashtag"), [])

    def test_empty_heading_rejected(self):
        with self.assertRaises(ValueError):
            outline(self.page + "-draft", f"# {self.page}\n## Setup\n## \n## Next")
