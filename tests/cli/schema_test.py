"""Validates `rightslint check --format json` against the output contract,
tests/cli/schemas/findings-v1.schema.json (a copy of the project's shared schema, so that the
repository checks itself in CI), with Debian's python3-jsonschema. Beyond the schema it checks
what a schema cannot say: the summary agrees with the files, offsets agree with line/column.
"""

import json
import tempfile
import unittest
from pathlib import Path

import jsonschema

import cli_support

BINARY = cli_support.take_binary_from_argv()
run = cli_support.make_runner(BINARY)

SCHEMA = json.loads((cli_support.TESTS_DIR / "schemas" / "findings-v1.schema.json").read_text())
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)


class SchemaTest(unittest.TestCase):
    def assert_valid(self, result):
        try:
            document = json.loads(result.out)
        except json.JSONDecodeError as error:
            self.fail(f"not JSON: {error}\n{result}")
        errors = sorted(VALIDATOR.iter_errors(document), key=lambda e: list(e.path))
        self.assertEqual(
            [f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors], [], result)
        self.assert_consistent(document)
        return document

    def assert_consistent(self, document):
        files = document["files"]
        findings = [f for file in files for f in file["findings"]]
        summary = document["summary"]
        self.assertEqual(summary["files"], len(files))
        self.assertEqual(summary["findings"], len(findings))
        self.assertEqual(summary["errors"], sum(1 for file in files if file["error"] is not None))
        by_category = {}
        for finding in findings:
            by_category[finding["category"]] = by_category.get(finding["category"], 0) + 1
        self.assertEqual(summary["by_category"], by_category)
        for file in files:
            if file["error"] is not None:
                self.assertEqual(file["findings"], [], file["path"])
            offsets = [f["start"]["offset"] for f in file["findings"]]
            self.assertEqual(offsets, sorted(offsets), f"{file['path']}: findings not sorted")
            for finding in file["findings"]:
                start, end = finding["start"], finding["end"]
                self.assertLessEqual(start["offset"], end["offset"])
                self.assertEqual(len(finding["text"].encode()), end["offset"] - start["offset"],
                                 finding)
                if start["line"] == end["line"]:
                    self.assertEqual(len(finding["text"]), end["column"] - start["column"],
                                     finding)

    def assert_text_at_offsets(self, document, base=cli_support.SOURCE_DIR):
        """For plain files, the bytes at [start.offset, end.offset) are the finding's text."""
        for file in document["files"]:
            if file["error"] is not None:
                continue
            data = (Path(base) / file["path"]).read_bytes()
            for finding in file["findings"]:
                span = data[finding["start"]["offset"]:finding["end"]["offset"]]
                self.assertEqual(span.decode("utf-8"), finding["text"], finding)

    def test_demo_corpus(self):
        demo = cli_support.SOURCE_DIR / "corpora" / "demo"
        if not demo.is_dir():
            self.skipTest("corpora/demo is not there yet")
        result = run("check", "--format", "json", "corpora/demo")
        self.assertIn(result.code, (0, 1), result)
        document = self.assert_valid(result)
        self.assertTrue(document["files"])
        self.assertTrue(all(file["error"] is None for file in document["files"]))
        self.assert_text_at_offsets(document)

    def test_golden_inputs(self):
        result = run("check", "--format", "json", "tests/cli/golden/inputs")
        self.assertEqual(result.code, 1, result)
        document = self.assert_valid(result)
        self.assert_text_at_offsets(document)
        self.assertTrue(document["summary"]["by_category"].get("stigma"))

    def test_inputs_with_errors(self):
        with tempfile.TemporaryDirectory(prefix="rightslint-schema-") as tmp:
            tmp = Path(tmp)
            (tmp / "good.txt").write_text("Police arrested two addicts.\n", encoding="utf-8")
            (tmp / "latin1.txt").write_bytes("naïve addicts".encode("latin-1"))
            (tmp / "binary.txt").write_bytes(b"\x00\x01\x02")
            (tmp / "empty.txt").write_bytes(b"")
            result = run("check", "--format", "json", "good.txt", "latin1.txt", "binary.txt",
                         "missing.txt", "empty.txt", cwd=tmp)
            self.assertEqual(result.code, 2, result)
            document = self.assert_valid(result)
            self.assertEqual([file["path"] for file in document["files"]],
                             ["good.txt", "latin1.txt", "binary.txt", "missing.txt", "empty.txt"])
            errors = {file["path"]: file["error"] for file in document["files"]}
            self.assertIsNone(errors["good.txt"])
            self.assertIsNone(errors["empty.txt"])
            for path in ("latin1.txt", "binary.txt", "missing.txt"):
                self.assertIsInstance(errors[path], str, path)
                self.assertIn(path, errors[path])
            self.assertEqual(document["summary"]["errors"], 3)
            self.assert_text_at_offsets(document, base=tmp)

    def test_stdin(self):
        result = run("check", "--format", "json", "-", "--stdin-filename", "стаття.md",
                     stdin="Стаття 5. Наркоман має право на лікування.\n".encode())
        self.assertEqual(result.code, 1, result)
        document = self.assert_valid(result)
        self.assertEqual(document["files"][0]["path"], "стаття.md")
        self.assertEqual(document["files"][0]["format"], "md")

    def test_no_findings(self):
        result = run("check", "--format", "json", "-", stdin=b"Nothing to see here.\n")
        self.assertEqual(result.code, 0, result)
        document = self.assert_valid(result)
        self.assertEqual(document["summary"]["by_category"], {})


if __name__ == "__main__":
    unittest.main()
