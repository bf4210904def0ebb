"""End-to-end tests of the `rightslint` command: exit codes, inputs, help, rules, explain,
colour, and golden text output.

Golden files: tests/cli/golden/*.txt|json pin the whole output for tests/cli/golden/inputs/.
After an intended change of output (or of the rules they exercise), regenerate them with
    UPDATE_GOLDEN=1 ctest -R cli_e2e      (or: UPDATE_GOLDEN=1 python3 cli_test.py BINARY)
and review the diff.
"""

import json
import os
import re
import shutil
import tempfile
import unittest
from pathlib import Path

import cli_support

BINARY = cli_support.take_binary_from_argv()
run = cli_support.make_runner(BINARY)

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


write = cli_support.write


def plural_rules(count):
    return f"{count} rule" if count == 1 else f"{count} rules"


def findings_of(result):
    document = json.loads(result.out)
    return [f for file in document["files"] for f in file["findings"]]


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="rightslint-cli-")
        self.dir = Path(self._tmp.name)
        self.addCleanup(self._tmp.cleanup)


class ExitCodeTest(TempDirTest):
    def test_clean_file_exits_0(self):
        clean = write(self.dir, "clean.txt", "People who use drugs have the right to health.\n")
        result = run("check", str(clean))
        self.assertEqual(result.code, 0, result)
        self.assertIn("1 file checked: no findings", result.out)

    def test_findings_exit_1(self):
        bad = write(self.dir, "bad.txt", "Police arrested two addicts.\n")
        result = run("check", str(bad))
        self.assertEqual(result.code, 1, result)
        self.assertRegex(result.out, r"bad\.txt:1:21: (warning|error|info): .*\[stigma\.")

    def test_fail_on_decides_which_severities_fail(self):
        bad = write(self.dir, "bad.txt", "Police arrested two addicts and one наркоман.\n")
        findings = findings_of(run("check", "--format", "json", "--fail-on", "never", str(bad)))
        self.assertTrue(findings)
        worst = max(SEVERITY_RANK[f["severity"]] for f in findings)
        for level, rank in SEVERITY_RANK.items():
            with self.subTest(fail_on=level):
                result = run("check", "--fail-on", level, str(bad))
                self.assertEqual(result.code, 1 if worst >= rank else 0, result)

    def test_fail_on_never_exits_0_with_findings(self):
        bad = write(self.dir, "bad.txt", "Police arrested two addicts.\n")
        result = run("check", "--fail-on", "never", str(bad))
        self.assertEqual(result.code, 0, result)
        self.assertIn("addicts", result.out)

    def test_no_path_is_a_usage_error_with_a_hint(self):
        result = run("check")
        self.assertEqual(result.code, 2, result)
        self.assertIn("no input", result.err)
        self.assertIn("rightslint check --help", result.err)
        self.assertEqual(result.out, "")

    def test_bad_flags_are_usage_errors(self):
        clean = write(self.dir, "clean.txt", "Fine.\n")
        for args in (
            ["check", "--format", "xml", str(clean)],
            ["check", "--fail-on", "sometimes", str(clean)],
            ["check", "--lang", "de", str(clean)],
            ["check", "--color", "maybe", str(clean)],
            ["check", "--no-such-flag", str(clean)],
            ["frobnicate"],
            [],
        ):
            with self.subTest(args=args):
                result = run(*args)
                self.assertEqual(result.code, 2, result)
                self.assertNotEqual(result.err, "")

    def test_missing_data_dir_is_a_configuration_error(self):
        clean = write(self.dir, "clean.txt", "Fine.\n")
        for args in (
            ["--data-dir", str(self.dir / "nowhere"), "check", str(clean)],
            ["check", "--data-dir", str(self.dir / "nowhere"), str(clean)],
        ):
            with self.subTest(args=args):
                result = run(*args)
                self.assertEqual(result.code, 2, result)
                self.assertIn("rightslint: error:", result.err)

    def test_data_dir_flag_and_environment_find_the_rules(self):
        bad = write(self.dir, "bad.txt", "Police arrested two addicts.\n")
        elsewhere = {"RIGHTSLINT_DATA": str(self.dir / "nowhere")}
        self.assertEqual(run("check", str(bad), env=elsewhere).code, 2)
        result = run("--data-dir", str(cli_support.SOURCE_DIR), "check", str(bad), env=elsewhere)
        self.assertEqual(result.code, 1, result)


class StdinTest(unittest.TestCase):
    TEXT = "Police arrested two addicts.\n".encode()

    def test_stdin_is_named_by_stdin_filename(self):
        result = run("check", "-", "--stdin-filename", "article.txt", stdin=self.TEXT)
        self.assertEqual(result.code, 1, result)
        self.assertIn("article.txt:1:21:", result.out)

    def test_stdin_without_a_name(self):
        result = run("check", "-", stdin=self.TEXT)
        self.assertEqual(result.code, 1, result)
        self.assertIn("<stdin>:1:21:", result.out)

    def test_stdin_filename_picks_the_format(self):
        line = "Police arrested two `addicts` and two addicts."
        result = run("check", "--format", "json", "-", "--stdin-filename", "notes/article.md",
                     stdin=f"# Title\n\n{line}\n".encode())
        self.assertEqual(result.code, 1, result)
        file = json.loads(result.out)["files"][0]
        self.assertEqual(file["path"], "notes/article.md")
        self.assertEqual(file["format"], "md")
        # The word in a code span is not prose; only the second one is reported.
        column = line.index("and two addicts") + len("and two ") + 1
        self.assertEqual([(f["start"]["line"], f["start"]["column"]) for f in file["findings"]],
                         [(3, column)])

    def test_empty_stdin(self):
        result = run("check", "-", stdin=b"")
        self.assertEqual(result.code, 0, result)
        self.assertIn("1 file checked: no findings", result.out)


class InputsTest(TempDirTest):
    def test_directory_skips_binary_files_and_hidden_directories_with_a_note(self):
        write(self.dir, "a.txt", "Police arrested two addicts.\n")
        write(self.dir, "b.md", "Nothing here.\n")
        write(self.dir, "data.txt", b"addicts\x00\x01\x02binary")
        write(self.dir, ".hidden/c.txt", "Police arrested two addicts.\n")
        write(self.dir, "sub/d.txt", "Полиция задержала трёх наркоманов.\n")
        result = run("check", "--format", "json", str(self.dir))
        self.assertEqual(result.code, 1, result)
        paths = [Path(f["path"]).relative_to(self.dir).as_posix()
                 for f in json.loads(result.out)["files"]]
        self.assertEqual(paths, ["a.txt", "b.md", "sub/d.txt"])
        self.assertRegex(result.err, r"(?m)^rightslint: .*data\.txt.*binary")
        self.assertRegex(result.err, r"(?m)^rightslint: .*\.hidden")
        for line in result.err.splitlines():
            self.assertTrue(line.startswith("rightslint: "), line)

    def test_directory_paths_are_shown_under_the_argument(self):
        write(self.dir, "docs/a.txt", "Police arrested two addicts.\n")
        result = run("check", "docs", cwd=self.dir)
        self.assertEqual(result.code, 1, result)
        self.assertIn("docs/a.txt:1:21:", result.out)

    def test_missing_path_is_reported_and_the_other_files_are_still_checked(self):
        good = write(self.dir, "good.txt", "Police arrested two addicts.\n")
        missing = self.dir / "missing.txt"
        result = run("check", str(missing), str(good))
        self.assertEqual(result.code, 2, result)
        self.assertIn(f"{missing}: error:", result.out)
        self.assertIn(f"{good}:1:21:", result.out)
        self.assertIn("1 file checked", result.out)
        self.assertIn("1 file could not be checked", result.out)

    def test_invalid_utf8_names_the_file_and_the_byte(self):
        bad = write(self.dir, "latin1.txt", "naïve addicts".encode("latin-1"))
        good = write(self.dir, "good.txt", "Police arrested two addicts.\n")
        result = run("check", str(bad), str(good))
        self.assertEqual(result.code, 2, result)
        error_lines = [l for l in result.out.splitlines() if ": error:" in l]
        self.assertEqual(len(error_lines), 1, result)
        self.assertIn(str(bad), error_lines[0])
        self.assertIn("UTF-8", error_lines[0])
        self.assertRegex(error_lines[0], r"byte 2\b")
        self.assertIn(f"{good}:1:21:", result.out)

    def test_explicitly_named_binary_file_is_an_error(self):
        binary = write(self.dir, "image.txt", b"\x89PNG\x00\x00\x00\x0dIHDR")
        result = run("check", "--format", "json", str(binary))
        self.assertEqual(result.code, 2, result)
        file = json.loads(result.out)["files"][0]
        self.assertIsNotNone(file["error"])
        self.assertEqual(file["findings"], [])
        self.assertIn("rightslint: error:", result.err)

    def test_exit_code_2_wins_over_findings_but_everything_is_reported(self):
        bad = write(self.dir, "bad.txt", "Police arrested two addicts.\n")
        result = run("check", "--fail-on", "never", str(bad), str(self.dir / "nope.txt"))
        self.assertEqual(result.code, 2, result)
        self.assertIn("addicts", result.out)


class MalformedDataTest(TempDirTest):
    """A broken rule pack or lexicon stops the run with exit 2 and names file, line and field."""

    def data_dir_with(self, rules_text=None, lexicon_text=None):
        data = Path(tempfile.mkdtemp(dir=self.dir))
        (data / "rules").mkdir(parents=True)
        source = Path(cli_support.SOURCE_DIR)
        for pack in (source / "rules").rglob("*.yaml"):
            write(data / "rules", pack.name, pack.read_bytes())
        for language_dir in (source / "lexicons").iterdir():
            if language_dir.is_dir():
                for table in language_dir.glob("*.tsv"):
                    write(data / "lexicons" / language_dir.name, table.name, table.read_bytes())
        if rules_text is not None:
            write(data / "rules", "broken.yaml", rules_text)
        if lexicon_text is not None:
            write(data / "lexicons" / "en", "stigma.tsv", lexicon_text)
        return data

    def check_fails(self, data, *expected):
        clean = write(self.dir, "clean.txt", "Fine.\n")
        result = run("--data-dir", str(data), "check", str(clean))
        self.assertEqual(result.code, 2, result)
        for text in expected:
            self.assertIn(text, result.err)

    def test_unknown_key_names_file_line_and_key(self):
        broken = "rules:\n  - id: stigma.extra\n    type: term\n    colour: red\n"
        self.check_fails(self.data_dir_with(rules_text=broken), "broken.yaml:4:", "`colour`")

    def test_truncated_and_binary_packs(self):
        self.check_fails(self.data_dir_with(rules_text="rules:\n  - id: [stigma"), "broken.yaml:")
        self.check_fails(self.data_dir_with(rules_text=b"\x00\xff\xfe binary"), "broken.yaml")

    def test_bad_lexicon_row_names_file_line_and_column(self):
        header = "rule\tterm\tpos\talternatives\tguideline\tsource\n"
        self.check_fails(self.data_dir_with(lexicon_text=header + "stigma.addict\taddict\tnown\tx\tIGHRDP II.1 (ii)\tsrc\n"),
                         "stigma.tsv:2:", "`pos`")
        self.check_fails(self.data_dir_with(lexicon_text=header + "only\ttwo\n"),
                         "stigma.tsv:2:", "expected 6")
        self.check_fails(self.data_dir_with(lexicon_text=header.encode() + b"stigma.addict\t\xd0\tnoun\tx\ty\tz\n"),
                         "stigma.tsv", "invalid UTF-8")


class LegalTest(TempDirTest):
    def test_clause_rules_run_on_bills_and_on_request(self):
        description = write(self.dir, "report.txt",
                            "Shelters impose a requirement to undertake a HIV test prior to entry.\n")
        bill = write(self.dir, "bill.txt",
                     "Статья 228. Хранение\n1. Незаконные приобретение, хранение без цели сбыта "
                     "наркотических средств наказываются лишением свободы на срок до трех лет.\n")
        categories = lambda result: {f["category"] for f in findings_of(result)}
        self.assertNotIn("health-access", categories(run("check", "--format", "json", str(description))))
        self.assertIn("health-access",
                      categories(run("check", "--format", "json", "--legal", "always", str(description))))
        result = run("check", "--format", "json", str(bill))
        possession = [f for f in findings_of(result) if f["category"] == "possession"]
        self.assertEqual(len(possession), 1, result)
        self.assertEqual(possession[0]["structure"], "Статья 228, часть 1")
        self.assertEqual(categories(run("check", "--format", "json", "--legal", "never", str(bill))) - {"stigma"}, set())


class SuppressionTest(TempDirTest):
    def test_disable_comment_and_unused_note(self):
        path = write(self.dir, "a.md", "An addict.\n\n<!-- rightslint-disable-next-line stigma.addict -->\n"
                                       "Another addict.\n\n<!-- rightslint-disable stigma.habit -->\nText.\n")
        result = run("check", "--format", "json", str(path))
        self.assertEqual([f["start"]["line"] for f in findings_of(result)], [1])
        self.assertNotIn("note:", result.err)
        noted = run("check", "--format", "json", "--report-unused-disables", str(path))
        self.assertIn(f"{path}:6: note: unused rightslint-disable for stigma.habit", noted.err)

    def test_unknown_rule_in_a_directive_is_noted(self):
        path = write(self.dir, "b.txt", "rightslint-disable stigma.nothing\nAn addict.\n")
        result = run("check", "--format", "json", str(path))
        self.assertIn(f"{path}:1: note:", result.err)
        self.assertEqual(len(findings_of(result)), 1)


class ConfigTest(TempDirTest):
    """.rightslint.yaml: found by walking up (or --config), flags win, errors exit 2 first."""

    BAD = "Police arrested two addicts.\n"

    def test_nearest_config_above_the_file_is_used(self):
        write(self.dir, ".rightslint.yaml", "rules:\n  stigma.addict: off\n")
        bad = write(self.dir, "deep/er/bad.txt", self.BAD)
        result = run("check", "--format", "json", str(bad))
        self.assertEqual(result.code, 0, result)
        self.assertEqual(findings_of(result), [])
        # A nearer file wins over the one further up.
        write(self.dir, "deep/.rightslint.yaml", "fail_on: warning\n")
        result = run("check", "--format", "json", str(bad))
        self.assertEqual(result.code, 1, result)
        self.assertEqual([f["rule"] for f in findings_of(result)], ["stigma.addict"])
        # Relative paths and standard input (the current directory) find them too.
        self.assertEqual(run("check", "bad.txt", cwd=self.dir / "deep" / "er").code, 1)
        self.assertEqual(run("check", "-", stdin=self.BAD.encode(), cwd=self.dir).code, 0)

    def test_category_severity_and_fail_on(self):
        bad = write(self.dir, "bad.txt", self.BAD)
        write(self.dir, ".rightslint.yaml", "rules: {stigma: info}\n")
        result = run("check", "--format", "json", str(bad))
        self.assertEqual(result.code, 0, result)
        self.assertEqual({f["severity"] for f in findings_of(result)}, {"info"})
        write(self.dir, ".rightslint.yaml", "rules: {stigma: info}\nfail_on: info\n")
        self.assertEqual(run("check", str(bad)).code, 1)
        # The flag wins over the file.
        self.assertEqual(run("check", "--fail-on", "warning", str(bad)).code, 0)
        write(self.dir, ".rightslint.yaml", "rules: {stigma: info, stigma.addict: error}\n"
                                            "fail_on: error\n")
        result = run("check", "--format", "json", str(bad))
        self.assertEqual(result.code, 1, result)
        self.assertEqual({f["severity"] for f in findings_of(result)}, {"error"})

    def test_languages_and_legal(self):
        bill = write(self.dir, "bill.txt",
                     "Статья 228. Хранение\n1. Незаконные приобретение, хранение без цели сбыта "
                     "наркотических средств наказываются лишением свободы на срок до трех лет.\n")
        categories = lambda result: {f["category"] for f in findings_of(result)}
        self.assertIn("possession", categories(run("check", "--format", "json", str(bill))))
        write(self.dir, ".rightslint.yaml", "legal: never\n")
        self.assertNotIn("possession", categories(run("check", "--format", "json", str(bill))))
        self.assertIn("possession", categories(run("check", "--format", "json", "--legal", "auto",
                                                   str(bill))))
        write(self.dir, ".rightslint.yaml", "languages: [en, uk]\n")
        self.assertEqual(findings_of(run("check", "--format", "json", str(bill))), [])

    def test_ignore_globs_skip_files_with_a_note(self):
        write(self.dir, ".rightslint.yaml", "ignore: [drafts, '*.tmp.txt']\n")
        write(self.dir, "drafts/a.txt", self.BAD)
        write(self.dir, "x.tmp.txt", self.BAD)
        write(self.dir, "sub/x.tmp.txt", self.BAD)
        result = run("check", "--format", "json", str(self.dir))
        self.assertEqual(result.code, 1, result)
        paths = [Path(f["path"]).relative_to(self.dir).as_posix()
                 for f in json.loads(result.out)["files"]]
        self.assertEqual(paths, ["sub/x.tmp.txt"])
        self.assertRegex(result.err, r"(?m)^rightslint: .*drafts/a\.txt: skipped: ignored by ")
        self.assertRegex(result.err, r"(?m)^rightslint: .*/x\.tmp\.txt: skipped: ignored by ")

    def test_config_flag_is_used_for_every_file(self):
        bad = write(self.dir, "bad.txt", self.BAD)
        write(self.dir, ".rightslint.yaml", "fail_on: never\n")
        other = write(self.dir / "elsewhere", "ci.yaml", "rules: {stigma: error}\n")
        result = run("check", "--format", "json", "--config", str(other), str(bad))
        self.assertEqual(result.code, 1, result)
        self.assertEqual({f["severity"] for f in findings_of(result)}, {"error"})
        result = run("check", "--config", str(self.dir / "missing.yaml"), str(bad))
        self.assertEqual(result.code, 2, result)
        self.assertIn("missing.yaml", result.err)

    OWN_PACK = """rules:
  - id: stigma.newsroom
    type: term
    category: stigma
    severity: error
    languages: [en]
    lexicon: newsroom
    message:
      en: "“{term}” is on our newsroom's list."
    rationale:
      guideline: "IGHRDP II.1 (ii)"
      recommendation: 21
      why: "House style."
"""
    OWN_LEXICON = ("rule\tterm\tpos\talternatives\tguideline\tsource\n"
                   "stigma.newsroom\tdope head\tnoun\tperson who uses drugs\tIGHRDP II.1 (ii)"
                   "\tnewsroom style guide (test)\n")

    def test_rule_dirs_and_lexicon_dirs_add_the_users_own_rules(self):
        write(self.dir, "style/rules/newsroom.yaml", self.OWN_PACK)
        write(self.dir, "style/lexicons/en/newsroom.tsv", self.OWN_LEXICON)
        write(self.dir, ".rightslint.yaml",
              "rule_dirs: [style/rules]\nlexicon_dirs: [style/lexicons]\n"
              "rules:\n  stigma.newsroom: warning\n")
        text = write(self.dir, "a.txt", "The dope head and the addict left.\n")
        result = run("check", "--format", "json", str(text), cwd=self.dir)
        self.assertEqual(result.code, 1, result)
        rules = [f["rule"] for f in json.loads(result.out)["files"][0]["findings"]]
        self.assertEqual(rules, ["stigma.newsroom", "stigma.addict"])
        severities = [f["severity"] for f in json.loads(result.out)["files"][0]["findings"]]
        self.assertEqual(severities[0], "warning", "the config's `rules:` knows its own rule")

    def test_broken_own_rules_name_the_file(self):
        write(self.dir, "a.txt", self.BAD)
        for files, config, expected in (
            ({}, "rule_dirs: [nowhere]\n", "nowhere: rules directory not found"),
            ({}, "lexicon_dirs: [nowhere]\n", "nowhere: lexicon directory not found"),
            ({"r/p.yaml": "rules:\n  - id: stigma.addict\n"}, "rule_dirs: [r]\n",
             "p.yaml:2"),
            ({"r/p.yaml": self.OWN_PACK.replace("stigma.newsroom", "stigma.addict")},
             "rule_dirs: [r]\n", "duplicate id `stigma.addict`"),
            ({"l/en/x.tsv": "rule\tterm\n"}, "lexicon_dirs: [l]\n", "x.tsv:1"),
            ({}, "rule_dirs: nowhere\n", ":1: key `rule_dirs`: expected a list of directories"),
        ):
            with self.subTest(config=config, files=files):
                for name, content in files.items():
                    write(self.dir, name, content)
                write(self.dir, ".rightslint.yaml", config)
                result = run("check", "a.txt", cwd=self.dir)
                self.assertEqual(result.code, 2, result)
                self.assertIn(expected, result.err)

    def test_broken_config_exits_2_before_checking_anything(self):
        bad = write(self.dir, "bad.txt", self.BAD)
        config = self.dir / ".rightslint.yaml"
        for text, expected in (
            ("fail_on: warning\ncolour: red\n", ":2: key `colour`"),
            ("fail_on: sometimes\n", ":1: key `fail_on`"),
            ("rules:\n  stigma.nothing: off\n", ":2: key `rules.stigma.nothing`"),
            ("rules: [a\n", ":2: malformed YAML"),
            (b"\x00\xff binary", ": binary file"),
        ):
            with self.subTest(text=text):
                write(self.dir, ".rightslint.yaml", text)
                for jobs in ("1", "4"):
                    result = run("check", "--jobs", jobs, str(bad), str(bad))
                    self.assertEqual(result.code, 2, result)
                    self.assertEqual(result.out, "")
                    self.assertIn(f"rightslint: error: {config}{expected}", result.err)

    def test_init_writes_a_file_that_check_accepts_and_never_overwrites(self):
        result = run("init", str(self.dir))
        self.assertEqual(result.code, 0, result)
        config = self.dir / ".rightslint.yaml"
        starter = config.read_text(encoding="utf-8")
        self.assertIn("fail_on:", starter)
        bad = write(self.dir, "bad.txt", self.BAD)
        self.assertEqual(run("check", str(bad)).code, 1)
        clean = write(self.dir, "clean.txt", "People who use drugs have the right to health.\n")
        self.assertEqual(run("check", str(clean)).code, 0)
        again = run("init", cwd=self.dir)
        self.assertEqual(again.code, 2, again)
        self.assertIn("already exists", again.err)
        self.assertEqual(config.read_text(encoding="utf-8"), starter)
        self.assertEqual(run("init", str(self.dir / "nowhere")).code, 2)


class EvalTest(unittest.TestCase):
    def test_eval_prints_precision_and_recall_per_language(self):
        result = run("eval")
        self.assertEqual(result.code, 0, result)
        for language in ("en", "ru", "uk", "all"):
            self.assertRegex(result.out, rf"(?m)^{language}\s+\d+\s+\d+\s+\d+\s+\d+\s+[01]\.\d{{3}}\s+[01]\.\d{{3}}\s+[01]\.\d{{3}}$")

    def test_eval_law_corpus_per_category(self):
        result = run("eval", str(Path(cli_support.SOURCE_DIR) / "corpora" / "laws"))
        self.assertEqual(result.code, 0, result)
        self.assertRegex(result.out, r"(?m)^category\s+files\s+TP\s+FP\s+FN\s+precision\s+recall\s+F1$")
        self.assertRegex(result.out, r"(?m)^possession\s+\d+\s+[1-9]\d*\s+\d+\s+\d+\s+[01]\.\d{3}")
        self.assertIn("not evaluated", result.out)

    def test_eval_threshold_and_misses(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write(tmp, "en.tsv", "expected\ttext\n-\tThe addict left.\n")
            result = run("eval", str(corpus), "--misses", "--min-precision", "0.5")
            self.assertEqual(result.code, 1, result)
            self.assertIn("false positive stigma.addict", result.out)

    def test_eval_malformed_corpus(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write(tmp, "en.tsv", "expected\ttext\nstigma.nope\tText.\n")
            result = run("eval", str(corpus))
            self.assertEqual(result.code, 2, result)
            self.assertIn("en.tsv:2:", result.err)


class HelpTest(unittest.TestCase):
    def test_help_on_every_command_has_examples(self):
        for args in ([], ["check"], ["rules"], ["explain"], ["eval"], ["init"], ["serve"]):
            with self.subTest(command=args):
                result = run(*args, "--help")
                self.assertEqual(result.code, 0, result)
                self.assertIn("Usage:", result.out)
                self.assertIn("Examples:", result.out)
        self.assertIn("--stdin-filename", run("check", "--help").out)
        self.assertIn("--fail-on", run("check", "--help").out)
        self.assertIn("--data-dir", run("--help").out)

    def test_serve_help_is_the_servers(self):
        # `rightslint serve` runs the program rightslint-serve with what follows `serve`.
        result = run("serve", "--help")
        self.assertEqual(result.code, 0, result)
        self.assertIn("Usage: rightslint serve", result.out)
        self.assertIn("--max-body", result.out)

    def test_serve_passes_arguments_and_data_dir_to_the_server(self):
        with tempfile.TemporaryDirectory() as tmp:
            # The server reads the rules before it listens: a data directory without them is
            # an error that names it, whichever side of `serve` --data-dir is on.
            for args in (["--data-dir", tmp, "serve", "--port", "0"],
                         ["serve", "--data-dir", tmp, "--port", "0"]):
                with self.subTest(args=args):
                    result = run(*args, timeout=30)
                    self.assertEqual(result.code, 2, result)
                    self.assertIn(tmp + "/rules", result.err)
            result = run("serve", "--no-such-flag")
            self.assertEqual(result.code, 2, result)
            self.assertIn("--no-such-flag", result.err)

    def test_serve_without_the_server_program_says_what_is_missing(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = os.path.realpath(tmp)  # as /proc/self/exe names it
            alone = Path(tmp) / "rightslint"
            shutil.copy(BINARY, alone)
            result = cli_support.make_runner(str(alone))("serve")
            self.assertEqual(result.code, 2, result)
            self.assertIn(str(Path(tmp) / "rightslint-serve"), result.err)
            self.assertIn("no such file", result.err)

    def test_version(self):
        result = run("--version")
        self.assertEqual(result.code, 0, result)
        self.assertRegex(result.out.strip(), r"^rightslint \d+\.\d+\.\d+$")


class RulesAndExplainTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        result = run("rules", "--format", "json")
        assert result.code == 0, result
        cls.rules = json.loads(result.out)["rules"]

    def test_rules_table(self):
        result = run("rules")
        self.assertEqual(result.code, 0, result)
        lines = result.out.splitlines()
        self.assertRegex(lines[0], r"^ID +CATEGORY +SEVERITY +LANGUAGES +ENTRIES +GUIDELINE$")
        self.assertEqual(lines[-1], plural_rules(len(self.rules)))
        self.assertTrue(any(line.startswith("stigma.") for line in lines), result)
        # Columns line up: CATEGORY starts at the same column in every row.
        column = lines[0].index("CATEGORY")
        for line in lines[1:-1]:
            self.assertEqual(line[column - 2:column], "  ", line)
            self.assertNotEqual(line[column], " ", line)

    def test_rules_for_russian(self):
        result = run("rules", "--lang", "ru", "--format", "json")
        self.assertEqual(result.code, 0, result)
        russian = json.loads(result.out)["rules"]
        self.assertTrue(russian)
        self.assertTrue(all("ru" in rule["languages"] for rule in russian))
        expected = [rule["id"] for rule in self.rules if "ru" in rule["languages"]]
        self.assertEqual([rule["id"] for rule in russian], expected)
        text = run("rules", "--lang", "ru")
        self.assertEqual(text.code, 0, text)
        self.assertEqual(text.out.splitlines()[-1], plural_rules(len(russian)))

    def test_rules_by_category(self):
        result = run("rules", "--category", "stigma", "--format", "json")
        self.assertEqual(result.code, 0, result)
        stigma = json.loads(result.out)["rules"]
        self.assertTrue(stigma)
        self.assertTrue(all(rule["category"] == "stigma" for rule in stigma))
        self.assertEqual(run("rules", "--category", "gossip").code, 2)

    def test_explain_known_rule(self):
        rule = next(r for r in self.rules if r["id"].startswith("stigma."))
        result = run("explain", rule["id"])
        self.assertEqual(result.code, 0, result)
        self.assertTrue(result.out.startswith(rule["id"] + ": stigma, "), result)
        self.assertIn("Why:", result.out)
        for language, message in rule["messages"].items():
            self.assertIn(f"  {language}: {message}\n", result.out)
        if rule["guideline"]:
            self.assertIn(rule["guideline"], result.out)
        self.assertRegex(result.out, r"(?m)^  bad  \(\w+\): ")

    def test_explain_unknown_rule_suggests_close_ids(self):
        known = next(r["id"] for r in self.rules if r["id"].startswith("stigma."))
        typo = known[:-2] + known[-1]  # one letter dropped
        result = run("explain", typo)
        self.assertEqual(result.code, 2, result)
        self.assertIn(f"unknown rule '{typo}'", result.err)
        self.assertIn("did you mean", result.err)
        self.assertIn(known, result.err)
        self.assertEqual(result.out, "")

    def test_explain_nonsense(self):
        result = run("explain", "zzzz.qqqqqqqqqqqqqq")
        self.assertEqual(result.code, 2, result)
        self.assertIn("rightslint rules", result.err)

    def test_explain_needs_a_rule(self):
        self.assertEqual(run("explain").code, 2)


class ColorTest(TempDirTest):
    def setUp(self):
        super().setUp()
        self.bad = write(self.dir, "bad.txt", "Police arrested two addicts.\n")

    def test_never_has_no_escape_bytes(self):
        result = run("check", "--color", "never", str(self.bad))
        self.assertEqual(result.code, 1, result)
        self.assertNotIn(b"\x1b", result.out_bytes)

    def test_always_has_them(self):
        result = run("check", "--color", "always", str(self.bad))
        self.assertEqual(result.code, 1, result)
        self.assertIn(b"\x1b[1m", result.out_bytes)
        self.assertIn(b"\x1b[0m", result.out_bytes)

    def test_auto_is_off_when_stdout_is_not_a_terminal(self):
        result = run("check", str(self.bad))
        self.assertNotIn(b"\x1b", result.out_bytes)

    def test_json_is_never_coloured(self):
        result = run("check", "--color", "always", "--format", "json", str(self.bad))
        self.assertNotIn(b"\x1b", result.out_bytes)
        json.loads(result.out)


class QuietTest(TempDirTest):
    def test_quiet_keeps_findings_and_drops_notes_and_summary(self):
        bad = write(self.dir, "bad.txt", "Police arrested two addicts.\n")
        result = run("check", "--quiet", str(bad))
        self.assertEqual(result.code, 1, result)
        self.assertIn("bad.txt:1:21:", result.out)
        self.assertNotIn("  = ", result.out)
        self.assertNotIn("checked", result.out)


class LargeFileTest(TempDirTest):
    """A plain-text file over 64 MiB is checked piece by piece: same positions, no excerpts."""

    def test_large_text_file_is_checked_in_pieces(self):
        paragraph = "The weather was fine and the people walked in the park.\n\n"
        count = (65 << 20) // len(paragraph) + 1
        path = self.dir / "dump.txt"
        with open(path, "w", encoding="utf-8") as out:
            out.write(paragraph * count)
            out.write("Police arrested two addicts.\n")
        self.assertGreater(path.stat().st_size, 64 << 20)
        result = run("check", "--format", "json", str(path))
        self.assertEqual(result.code, 1, result.err)
        (file,) = json.loads(result.out)["files"]
        self.assertEqual(file["language"], "en")
        (finding,) = file["findings"]
        self.assertEqual(finding["start"]["line"], 2 * count + 1)
        self.assertEqual(finding["start"]["column"], 21)
        self.assertEqual(finding["start"]["offset"], len(paragraph) * count + 20)
        text = run("check", "--color", "never", str(path))
        self.assertIn(f"dump.txt:{2 * count + 1}:21: ", text.out)
        self.assertNotIn("| Police arrested", text.out)  # no source lines kept
        html = run("check", "--format", "html", str(path))
        self.assertEqual(html.code, 1, html.err)
        self.assertIn("addicts", html.out)  # the finding's note, without the document
        self.assertNotIn('<pre class="document"', html.out)


class JobsTest(TempDirTest):
    """--jobs N checks files in parallel; the output must not depend on N."""

    SENTENCES = [
        "Police arrested two addicts near the school.\n",
        "People who use drugs have the right to health.\n",
        "Полиция задержала двух наркоманов у школы.\n",
        "Люди, які вживають наркотики, мають право на здоров'я.\n",
        "Поліція затримала двох наркоманів біля школи.\n",
        "Статья 1. Хранение наркотических средств без цели сбыта наказывается лишением "
        "свободы.\n",
    ]

    def make_inputs(self):
        """~50 files of different sizes and languages, a Markdown file and an unreadable one."""
        for i in range(48):
            paragraphs = [self.SENTENCES[(i + k) % len(self.SENTENCES)] for k in range(1 + i % 7)]
            write(self.dir, f"batch/doc{i:02d}.txt", "\n".join(paragraphs) * (1 + i % 5))
        write(self.dir, "batch/notes.md", "# Notes\n\nA `junkie` in code; a junkie in prose.\n")
        write(self.dir, "batch/broken.txt", b"valid start \xff\xfe then invalid UTF-8\n")
        return ["corpora/demo", "corpora/laws", str(self.dir / "batch")]

    def test_output_is_the_same_for_every_number_of_jobs(self):
        paths = self.make_inputs()
        stdin = "Police arrested two addicts.\n".encode("utf-8")
        for format_args in (["--format", "json"], ["--color", "never"]):
            with self.subTest(format=format_args[1]):
                # Standard input twice: all of it goes to the first "-", whatever --jobs is.
                args = ["check", *format_args, "--legal", "always", "-", *paths, "-"]
                one = run(*args, "--jobs", "1", stdin=stdin)
                self.assertEqual(one.code, 2, one)  # broken.txt is an input error
                self.assertIn("broken.txt", one.out + one.err)
                if format_args[1] == "json":
                    self.assertGreater(len(json.loads(one.out)["files"]), 60)
                for jobs in ("2", "4", "16"):
                    many = run(*args, "--jobs", jobs, stdin=stdin)
                    self.maxDiff = None
                    self.assertEqual(many.code, one.code, f"--jobs {jobs}")
                    self.assertEqual(many.out, one.out, f"--jobs {jobs}")
                    self.assertEqual(many.err, one.err, f"--jobs {jobs}")

    def test_default_number_of_jobs_gives_the_same_output(self):
        paths = self.make_inputs()
        one = run("check", "--format", "json", "--jobs", "1", *paths)
        default = run("check", "--format", "json", *paths)
        self.assertEqual(default.code, one.code)
        self.assertEqual(default.out, one.out)

    def test_jobs_below_one_is_a_usage_error(self):
        clean = write(self.dir, "clean.txt", "People who use drugs have the right to health.\n")
        for flag in (["--jobs", "0"], ["--jobs=-1"], ["-j", "-3"], ["--jobs", "many"]):
            with self.subTest(flag=flag):
                result = run("check", *flag, str(clean))
                self.assertEqual(result.code, 2, result)
                self.assertIn("--jobs", result.err)
                self.assertEqual(result.out, "")

    def test_help_names_jobs(self):
        self.assertIn("--jobs", run("check", "--help").out)


class GoldenTest(unittest.TestCase):
    """Whole outputs for the small fixed inputs in tests/cli/golden/inputs/."""

    UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

    def check_golden(self, name, args, expected_code):
        result = run(*args)
        self.assertEqual(result.code, expected_code, result)
        golden = cli_support.GOLDEN_DIR / name
        if self.UPDATE:
            golden.write_text(result.out, encoding="utf-8")
            return
        self.assertTrue(golden.is_file(), f"{golden} is missing; run with UPDATE_GOLDEN=1")
        expected = golden.read_text(encoding="utf-8")
        self.maxDiff = None
        self.assertEqual(result.out, expected,
                         f"output differs from {golden}; if intended, regenerate with "
                         "UPDATE_GOLDEN=1")

    def test_text(self):
        self.check_golden("check.txt", ["check", "--color", "never", "tests/cli/golden/inputs"], 1)

    def test_text_quiet(self):
        self.check_golden(
            "check-quiet.txt",
            ["check", "--color", "never", "--quiet", "tests/cli/golden/inputs"], 1)

    def test_json(self):
        self.check_golden("check.json", ["check", "--format", "json", "tests/cli/golden/inputs"],
                          1)

    def test_golden_inputs_have_findings_in_every_language(self):
        document = json.loads(run("check", "--format", "json", "tests/cli/golden/inputs").out)
        by_name = {Path(f["path"]).name: f for f in document["files"]}
        for name in ("en.txt", "ru.txt", "uk.txt"):
            self.assertTrue(by_name[name]["findings"], f"no finding in {name}")
        self.assertEqual(by_name["clean.txt"]["findings"], [])


if __name__ == "__main__":
    unittest.main()
