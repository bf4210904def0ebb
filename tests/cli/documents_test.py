"""End-to-end tests of what `check` does with documents: --fix and --fix --dry-run on text and
Markdown, --annotate on DOCX, and the document formats (DOCX, ODT, PDF, HTML) on the command line.
"""

import json
import os
import shutil
import stat
import subprocess
import tempfile
import unittest
import zipfile
from pathlib import Path

import cli_support

BINARY = cli_support.take_binary_from_argv()
run = cli_support.make_runner(BINARY)
FIXTURES = cli_support.SOURCE_DIR / "tests" / "fixtures" / "documents"

ARTICLE = (
    "Police said the addict had been arrested twice.\n"
    "An addict was seen near the station.\n"
    "\n"
    "Addicts were sleeping in the stairwell.\n"  # plural: the plural suggestion (en paradigms)
    "He said: \"the addict is here\".\n"  # quoted: never fixed
)
FIXED_ARTICLE = (
    "Police said the person with a substance use disorder had been arrested twice.\n"
    "A person with a substance use disorder was seen near the station.\n"
    "\n"
    "People with a substance use disorder were sleeping in the stairwell.\n"
    "He said: \"the addict is here\".\n"
)


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="rightslint-docs-")
        self.dir = Path(self._tmp.name)
        self.addCleanup(self._tmp.cleanup)

    def write(self, name, content):
        path = self.dir / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path


class FixTest(TempDirTest):
    def test_fix_rewrites_safe_findings_and_reports_the_rest_at_their_new_places(self):
        path = self.write("article.txt", ARTICLE)
        result = run("check", "--fix", "--format", "json", str(path))
        self.assertEqual(result.code, 1, result)  # the quoted finding remains
        self.assertEqual(path.read_text(encoding="utf-8"), FIXED_ARTICLE)
        self.assertIn("fixed 3 findings in 1 file", result.err)
        findings = json.loads(result.out)["files"][0]["findings"]
        self.assertEqual([(f["text"], f["start"]["line"]) for f in findings], [("addict", 5)])
        text = path.read_bytes()
        for finding in findings:  # offsets are those of the fixed file
            start, end = finding["start"]["offset"], finding["end"]["offset"]
            self.assertEqual(text[start:end].decode("utf-8"), finding["text"])

    def test_dry_run_prints_a_diff_that_patch_applies_and_changes_nothing(self):
        path = self.write("article.md", ARTICLE)
        result = run("check", "--fix", "--dry-run", "article.md", cwd=self.dir)
        self.assertEqual(path.read_text(encoding="utf-8"), ARTICLE)
        self.assertTrue(result.out.startswith("--- a/article.md\n+++ b/article.md\n@@ -1,"),
                        result)
        self.assertIn("would fix 3 findings in 1 file", result.err)
        if shutil.which("patch") is None:
            self.skipTest("patch is not installed")
        copy = self.dir / "copy"
        copy.mkdir()
        (copy / "article.md").write_text(ARTICLE, encoding="utf-8")
        subprocess.run(["patch", "-p1", "--quiet"], input=result.out_bytes, cwd=copy, check=True)
        self.assertEqual((copy / "article.md").read_text(encoding="utf-8"), FIXED_ARTICLE)

    def test_russian_fix_adds_the_closing_comma_and_keeps_permissions(self):
        path = self.write("news.txt", "Наркоман сидел у двери. Полиция задержала двух наркоманов.\n")
        os.chmod(path, 0o640)
        result = run("check", "--fix", "--quiet", str(path))
        # Both fixed: «наркоманов» (genitive = accusative plural) gets the inflected suggestion.
        self.assertEqual(result.code, 0, result)
        self.assertEqual(path.read_text(encoding="utf-8"),
                         "Человек, употребляющий наркотики, сидел у двери. Полиция задержала "
                         "двух людей, употребляющих наркотики.\n")
        self.assertEqual(stat.S_IMODE(path.stat().st_mode), 0o640)

    def test_nothing_to_fix_leaves_the_file_untouched(self):
        path = self.write("clean.txt", "People who use drugs deserve care.\n")
        before = path.stat().st_mtime_ns
        result = run("check", "--fix", str(path))
        self.assertEqual(result.code, 0, result)
        self.assertEqual(path.stat().st_mtime_ns, before)

    def test_unwritable_directory_is_an_error_and_the_file_is_intact(self):
        if os.geteuid() == 0:
            self.skipTest("root writes into read-only directories")
        sub = self.dir / "ro"
        sub.mkdir()
        path = sub / "a.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        os.chmod(sub, 0o500)
        self.addCleanup(os.chmod, sub, 0o700)
        result = run("check", "--fix", str(path))
        self.assertEqual(result.code, 2, result)
        self.assertIn("a.txt: cannot write: permission denied", result.out + result.err)
        self.assertEqual(path.read_text(encoding="utf-8"), ARTICLE)
        self.assertEqual(sorted(p.name for p in sub.iterdir()), ["a.txt"])

    def test_stdin_and_documents_are_not_written(self):
        result = run("check", "--fix", "-", "--stdin-filename", "a.txt", stdin=ARTICLE.encode())
        self.assertIn("standard input is not fixed in place", result.err)
        docx = self.dir / "bill.docx"
        shutil.copy(FIXTURES / "bill.docx", docx)
        before = docx.read_bytes()
        run("check", "--fix", str(docx))
        self.assertEqual(docx.read_bytes(), before)

    def test_fix_runs_without_baselines_or_diff_filters(self):
        for option in (["--baseline", "b.json"], ["--diff-base", "HEAD"], ["--write-baseline", "b.json"]):
            with self.subTest(option=option):
                result = run("check", "--fix", *option, "x.txt")
                self.assertEqual(result.code, 2, result)
                self.assertIn("excludes", result.err)

    def test_dry_run_needs_fix(self):
        result = run("check", "--dry-run", "x.txt")
        self.assertEqual(result.code, 2, result)
        self.assertIn("--fix", result.err)


class AnnotateTest(TempDirTest):
    def test_annotated_copy_has_one_comment_per_finding_and_the_input_is_untouched(self):
        source = self.dir / "bill.docx"
        shutil.copy(FIXTURES / "bill.docx", source)
        before = source.read_bytes()
        out = self.dir / "reviewed.docx"
        result = run("check", str(source), "--annotate", str(out), "--format", "json")
        self.assertEqual(result.code, 1, result)
        self.assertIn("wrote " + str(out) + ": 2 comments", result.err)
        self.assertEqual(source.read_bytes(), before)
        with zipfile.ZipFile(out) as docx:
            comments = docx.read("word/comments.xml").decode("utf-8")
        self.assertEqual(comments.count("<w:comment "), 2, comments)
        self.assertIn("stigma.addict", comments)
        self.assertIn("family.parental-rights", comments)
        again = run("check", str(out), "--format", "json")  # our reader reads it back
        self.assertEqual([f["text"] for f in json.loads(again.out)["files"][0]["findings"]],
                         [f["text"] for f in json.loads(result.out)["files"][0]["findings"]])

    def test_annotate_needs_exactly_one_docx(self):
        result = run("check", str(FIXTURES / "bill.txt"), "--annotate", str(self.dir / "o.docx"))
        self.assertEqual(result.code, 2, result)
        self.assertIn("needs a .docx file", result.err)
        result = run("check", str(FIXTURES / "bill.docx"), str(FIXTURES / "bill.odt"),
                     "--annotate", str(self.dir / "o.docx"))
        self.assertEqual(result.code, 2, result)
        self.assertIn("exactly one .docx file", result.err)
        self.assertFalse((self.dir / "o.docx").exists())

    def test_annotate_refuses_to_overwrite_its_input(self):
        source = self.dir / "bill.docx"
        shutil.copy(FIXTURES / "bill.docx", source)
        before = source.read_bytes()
        result = run("check", str(source), "--annotate", str(source))
        self.assertEqual(result.code, 2, result)
        self.assertEqual(source.read_bytes(), before)


class FormatsTest(unittest.TestCase):
    def test_the_same_bill_in_every_format_gives_the_same_findings(self):
        bills = [str(FIXTURES / ("bill." + suffix)) for suffix in ("txt", "docx", "odt", "pdf", "html")]
        result = run("check", "--format", "json", *bills)
        self.assertEqual(result.code, 1, result)
        files = {Path(f["path"]).suffix: f for f in json.loads(result.out)["files"]}
        self.assertEqual(sorted(files), [".docx", ".html", ".odt", ".pdf", ".txt"])
        def key(f):  # a PDF wraps lines where the text file does not
            return f["rule"], " ".join(f["text"].split()), f["structure"]

        expected = [key(f) for f in files[".txt"]["findings"]]
        self.assertEqual(len(expected), 2)
        for suffix, file in files.items():
            self.assertIsNone(file["error"], suffix)
            self.assertEqual(file["format"], suffix[1:])
            self.assertEqual([key(f) for f in file["findings"]], expected, suffix)
        self.assertTrue(all(f["start"]["page"] == 1 for f in files[".pdf"]["findings"]))

    def test_text_output_names_the_pdf_page(self):
        result = run("check", "--color", "never", str(FIXTURES / "bill.pdf"))
        self.assertIn("bill.pdf:page 1:", result.out)

    def test_corrupt_documents_are_errors_and_the_other_files_are_still_checked(self):
        with tempfile.TemporaryDirectory() as tmp:
            for name, data in (("a.docx", b"not a zip"), ("b.odt", b"PK\x03\x04trunc"),
                               ("c.pdf", b"%PDF-1.7\n garbage"), ("d.txt", b"An addict.\n")):
                (Path(tmp) / name).write_bytes(data)
            result = run("check", "--format", "json", tmp)
            self.assertEqual(result.code, 2, result)
            files = {Path(f["path"]).name: f for f in json.loads(result.out)["files"]}
            for name in ("a.docx", "b.odt", "c.pdf"):
                self.assertTrue(files[name]["error"].startswith(str(Path(tmp) / name) + ": "),
                                files[name])
            self.assertEqual(len(files["d.txt"]["findings"]), 1)

    def test_a_broken_pdf_module_fails_pdfs_only(self):
        # poppler is in rightslint-pdf.so, loaded from the program's directory first: a damaged
        # module there makes each PDF an error that names it, and every other file is checked.
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(os.path.realpath(tmp))  # as /proc/self/exe names it
            shutil.copy(BINARY, tmp / "rightslint")
            (tmp / "rightslint-pdf.so").write_bytes(b"\x7fELF truncated")
            for name in ("bill.pdf", "bill.docx", "bill.txt"):
                shutil.copy(FIXTURES / name, tmp / name)
            result = cli_support.make_runner(str(tmp / "rightslint"))(
                "check", "--format", "json", str(tmp / "bill.pdf"), str(tmp / "bill.docx"),
                str(tmp / "bill.txt"))
            self.assertEqual(result.code, 2, result)
            files = {Path(f["path"]).name: f for f in json.loads(result.out)["files"]}
            self.assertIn(str(tmp / "bill.pdf") + ": PDF support is missing: cannot load "
                          + str(tmp / "rightslint-pdf.so"), files["bill.pdf"]["error"])
            self.assertGreater(len(files["bill.docx"]["findings"]), 0)
            self.assertEqual(len(files["bill.docx"]["findings"]), len(files["bill.txt"]["findings"]))


if __name__ == "__main__":
    unittest.main()
