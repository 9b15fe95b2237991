#!/usr/bin/env python3
"""The page of `mentoring serve` in a real browser: headless Chromium driven by Selenium.

usage: browser_serve.py MENTORING_BINARY WORK_DIR [--screenshot PNG]

Starts `mentoring serve --port 0 --data WORK_DIR/data`, opens the page at 1366x768 and, as a methodologist would:
  1. puts the example forms (Examples/forms/2024, Examples/municipal_2024.xlsx and the two workbooks of earlier
     years, as `make run` gives them) into the file input, presses «Собрать свод» from the keyboard, waits for
     «Скачать свод», downloads the workbook and checks it with openpyxl against `mentoring consolidate` on the same
     files (every cell of every sheet, Table 38 by name);
  2. checks the summary, the heat map in the colours of Templates/palette.tsv, the findings filter, that the page
     fits the window (1366x768: no horizontal scroll bar, «Скачать свод» on the first screen) and that the browser
     logged no error (a CSP violation would be one);
  3. with forms worded as another region: the check of the files (what `mentoring check --json` says) is on the page
     and the workbook is not built until «Собрать свод как есть»; then chooses a criterion for one wording in its
     drop-down, applies it and waits for the rebuilt workbook, in which that criterion now has the forms' sum;
  4. makes two municipal workbooks with `mentoring consolidate` (the example forms split in two), uploads them: the
     page says it builds the region's workbook, «Скачать сводную по региону» downloads the very bytes of
     `mentoring rollup` on the same files; forms with a municipal workbook of their year give a message, no workbook;
  5. stops the server (SIGINT) and checks that it removed its jobs.
A screenshot of the page (the heat map tab) goes to WORK_DIR/serve.png and to --screenshot when given.
Prints one JSON line of what it saw; exits 1 with the reason on the first failed check.
"""
import glob
import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile

import openpyxl
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def start_server(binary, data):
    env = dict(os.environ, MENTORING_TEMPLATES=os.path.join(ROOT, "Templates"))
    p = subprocess.Popen([binary, "serve", "--port", "0", "--data", data], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = p.stdout.readline()
        if not line:
            break
        m = re.search(r"Страница: (http://\S+)", line)
        if m:
            return p, m.group(1)
    p.kill()
    raise AssertionError("the server did not say where it listens")


def browser(download_dir):
    o = webdriver.ChromeOptions()
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1366,768",
              "--lang=ru-RU", "--force-device-scale-factor=1"]:
        o.add_argument(a)
    o.binary_location = "/usr/bin/chromium"
    o.add_experimental_option("prefs", {"download.default_directory": download_dir, "download.prompt_for_download": False,
                                        "safebrowsing.enabled": True})
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)
    d.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
    d.set_window_size(1366, 768)
    return d


def wait_download(folder, before, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        done = [f for f in os.listdir(folder) if f not in before and not f.endswith(".crdownload")]
        if done and not any(f.endswith(".crdownload") for f in os.listdir(folder)):
            return os.path.join(folder, done[0])
        time.sleep(0.2)
    raise AssertionError("the workbook was not downloaded")


def cells(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    return {ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}


def consolidate(binary, files, out):
    env = dict(os.environ, MENTORING_TEMPLATES=os.path.join(ROOT, "Templates"))
    r = subprocess.run([binary, "consolidate"] + files + ["-o", out], cwd=ROOT, env=env, capture_output=True, text=True)
    # The codes of a written workbook (ConsolidateExitCode): clean, incomplete, written with findings.
    check(r.returncode in (0, 1, 5), "consolidate failed: " + r.stdout + r.stderr)


def check_json(binary, files):
    env = dict(os.environ, MENTORING_TEMPLATES=os.path.join(ROOT, "Templates"))
    r = subprocess.run([binary, "check", "--json"] + files, cwd=ROOT, env=env, capture_output=True, text=True)
    check(r.returncode in (0, 1), "check failed: " + r.stderr)
    return json.loads(r.stdout)


def municipal_workbooks(binary, work):
    """«Город А.xlsx» (even forms by name, with the municipal form) and «Район Б.xlsx» (odd ones), written by
    `mentoring consolidate --municipality`; and the two halves of the forms."""
    forms = sorted(glob.glob(os.path.join(ROOT, "Examples/forms/2024/*.xlsx")))
    halves = [forms[0::2], forms[1::2]]
    folder = os.path.join(work, "municipal")
    os.makedirs(folder, exist_ok=True)
    out = []
    for k, (name, extra) in enumerate([("Город А", ["--municipal", os.path.join(ROOT, "Examples/municipal_2024.xlsx")]),
                                        ("Район Б", [])]):
        path = os.path.join(folder, name + ".xlsx")
        consolidate(binary, halves[k] + extra + ["--municipality", name], path)
        out.append(path)
    return out, halves


def rollup(binary, workbooks, work):
    """`mentoring rollup` on the workbooks (in this order); the regional workbook's path."""
    env = dict(os.environ, MENTORING_TEMPLATES=os.path.join(ROOT, "Templates"))
    out = os.path.join(work, "region-cli.xlsx")
    r = subprocess.run([binary, "rollup"] + workbooks + ["-o", out], cwd=ROOT, env=env, capture_output=True, text=True)
    check(r.returncode in (0, 1) and os.path.exists(out), "rollup failed: " + r.stdout + r.stderr)
    return out


def build_and_wait(d, files, seconds=240, link_text="Скачать свод", seen_check=None, shot=None):
    """Puts the files into the input, presses «Собрать свод» with the keyboard, waits for «Скачать свод». When the
    check stops the job (something to fix), `seen_check` gets what the page showed before building, and «Собрать
    свод как есть» is pressed."""
    d.find_element(By.ID, "files").send_keys("\n".join(files))
    WebDriverWait(d, 30).until(lambda x: x.find_element(By.ID, "build").is_enabled())
    chosen = d.find_element(By.ID, "chosen").text
    check(chosen.startswith("Выбрано %d " % len(files)), "chosen: " + chosen)
    # From the year field, Tab reaches «Собрать свод», Enter presses it.
    d.find_element(By.ID, "year").click()
    d.switch_to.active_element.send_keys(Keys.TAB)
    active = d.switch_to.active_element
    check(active.get_attribute("id") == "build" and active.text == "Собрать свод", "Tab from the year is not the button")
    active.send_keys(Keys.ENTER)
    anyway = d.find_element(By.ID, "build-anyway")
    WebDriverWait(d, seconds).until(lambda x: anyway.is_displayed() or x.find_element(By.ID, "download").is_displayed())
    if anyway.is_displayed():
        check(d.find_element(By.ID, "check").is_displayed(), "the check is not shown while the job waits")
        check(not d.find_element(By.ID, "download").is_displayed(), "a workbook is offered before building")
        if seen_check is not None:
            seen_check["total"] = d.find_element(By.ID, "check-total").text
            seen_check["problems"] = d.find_element(By.ID, "check-problems").text
            seen_check["status"] = d.find_element(By.ID, "status").text
            if shot:
                d.save_screenshot(shot)
        anyway.click()
    WebDriverWait(d, seconds).until(EC.visibility_of_element_located((By.LINK_TEXT, link_text)))
    return d.find_element(By.LINK_TEXT, link_text)


def select_tab(d, tab_id):
    """Moves to a tab with the arrow keys from the first one, as a keyboard user would."""
    first = d.find_element(By.ID, "tab-files")
    first.click()
    for _ in range(6):
        if d.switch_to.active_element.get_attribute("id") == tab_id:
            break
        d.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
    check(d.switch_to.active_element.get_attribute("id") == tab_id, "arrow keys did not reach " + tab_id)
    panel = d.find_element(By.ID, d.find_element(By.ID, tab_id).get_attribute("aria-controls"))
    check(panel.is_displayed(), tab_id + " panel hidden")
    return panel


def main():
    binary, work = sys.argv[1], sys.argv[2]
    screenshot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    os.makedirs(work, exist_ok=True)
    data, downloads = os.path.join(work, "data"), os.path.join(work, "downloads")
    os.makedirs(downloads, exist_ok=True)
    seen = {}
    server, url = start_server(binary, data)
    d = None
    try:
        d = browser(downloads)
        d.get(url)
        check(d.title == "Свод мониторинга наставничества", "title: " + d.title)
        check(not d.find_element(By.ID, "build").is_enabled(), "the button is enabled before files are chosen")

        # 1. The example forms, as `make run` consolidates them.
        forms = sorted(glob.glob(os.path.join(ROOT, "Examples/forms/2024/*.xlsx"))) + [
            os.path.join(ROOT, "Examples", f) for f in ["municipal_2024.xlsx", "history_2022_2023.xlsx", "data_2023.xlsx",
                                                        "organisations_2024.xlsx"]]
        link = build_and_wait(d, forms)
        summary = d.find_element(By.ID, "summary").text
        seen["summary"] = summary
        check("Свод за 2024 год — г. Ижевск" in summary and "организаций 93 (школ 80, ДОП 13)" in summary, "summary: " + summary)
        check("файлов прочитано 97, пропущено 0" in summary, "summary: " + summary)
        # Those who have not reported, by name (the register's short names), not only their count.
        missing = d.find_element(By.ID, "not-reported").text
        seen["not_reported"] = missing
        check(missing.startswith("Не представили форму: 3 организации из 96 — ")
              and all(n in missing for n in ["СОШ № 29", "«Лицей № 41»", "ДЮЦ «Ижевск»"]), "not reported: " + missing)
        rows = d.find_elements(By.CSS_SELECTOR, "#files-table tbody tr")
        check(len(rows) == 97, "file rows: %d" % len(rows))
        check("форма организации «Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»», 2024 г." in rows[0].text, "first file: " + rows[0].text)
        kinds = [r.find_elements(By.TAG_NAME, "td")[1].get_attribute("data-kind") for r in rows[-3:]]
        check(kinds == ["history", "data", "register"], "kinds of the last files: %s" % kinds)

        before = set(os.listdir(downloads))
        link.click()
        got = wait_download(downloads, before)
        seen["downloaded"] = os.path.basename(got)
        check(os.path.basename(got) == "свод_2024.xlsx", "downloaded as " + got)
        cli = os.path.join(work, "cli.xlsx")
        consolidate(binary, ["Examples/forms/2024", "--municipal", "Examples/municipal_2024.xlsx",
                             "--history", "Examples/history_2022_2023.xlsx", "--history", "Examples/data_2023.xlsx",
                             "--organisations", "Examples/organisations_2024.xlsx"], cli)
        ours, theirs = cells(got), cells(cli)
        check(set(ours) == set(theirs), "sheets differ: %s / %s" % (sorted(ours), sorted(theirs)))
        check(ours["Таблица 38"] == theirs["Таблица 38"], "Table 38 differs from consolidate's")
        for name in ours:
            check(ours[name] == theirs[name], "sheet «%s» differs from consolidate's" % name)
        # The cards as one zip, by their link on the page: the very files of `consolidate --cards`.
        before = set(os.listdir(downloads))
        d.find_element(By.ID, "cards-link").click()
        got_cards = wait_download(downloads, before)
        check(os.path.basename(got_cards) == "карточки_2024.zip", "cards downloaded as " + got_cards)
        cli_cards = os.path.join(work, "cli-cards")
        consolidate(binary, ["Examples/forms/2024", "--municipal", "Examples/municipal_2024.xlsx",
                             "--history", "Examples/history_2022_2023.xlsx", "--history", "Examples/data_2023.xlsx",
                             "--organisations", "Examples/organisations_2024.xlsx", "--cards", cli_cards],
                    os.path.join(work, "cli2.xlsx"))
        with zipfile.ZipFile(got_cards) as z:
            names = sorted(z.namelist())
            check(names == sorted(os.listdir(cli_cards)) and len(names) == 93, "cards: %d in the zip" % len(names))
            for n in names:
                with open(os.path.join(cli_cards, n), "rb") as f:
                    check(z.read(n) == f.read(), "card %s differs from consolidate's" % n)
        seen["cards"] = len(names)
        t38 = ours["Таблица 38"]
        pp = [r for r in range(1, 200) if t38.get("B%d" % r, "").startswith("Количество персонализированных программ по всем формам")]
        check(pp and t38["D%d" % pp[0]] == 1111, "Table 38: 1 111 programmes")
        seen["table38_cells"] = len(t38)
        seen["sheets_compared"] = len(ours)

        # 2. The heat map in the palette's colours, the findings, the screen.
        panel = select_tab(d, "tab-heatmap")
        hm_rows = panel.find_elements(By.CSS_SELECTOR, "tbody tr")
        check(len(hm_rows) == 63, "heat map rows: %d" % len(hm_rows))
        palette = {}
        with open(os.path.join(ROOT, "Templates/palette.tsv"), encoding="utf-8") as f:
            for line in f.read().splitlines()[1:]:
                key, name, fill = line.split("\t")[:3]
                palette[name] = "rgba(%d, %d, %d, 1)" % tuple(int(fill[i:i + 2], 16) for i in (0, 2, 4))
        counts = {}
        for cell in panel.find_elements(By.CSS_SELECTOR, "td.dyn"):
            check(cell.value_of_css_property("background-color") == palette[cell.text],
                  "%s not in the palette's colour: %s" % (cell.text, cell.value_of_css_property("background-color")))
            counts[cell.text] = counts.get(cell.text, 0) + 1
        check(counts == {"Положительная": 24, "Отрицательная": 30, "Стагнация": 9}, "dynamics: %s" % counts)
        column = [t38.get("E%d" % r) for r in range(1, 200) if t38.get("E%d" % r) in palette]
        check(len(column) == 63 and all(column.count(k) == v for k, v in counts.items()), "the page's dynamics are Table 38's")
        seen["dynamics"] = counts
        width = d.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        check(width[0] <= width[1], "horizontal scroll at 1366x768: %s" % width)
        check(d.execute_script("var r = document.getElementById('download').getBoundingClientRect(); return r.bottom <= window.innerHeight"),
              "«Скачать свод» is below the first screen")
        # With results, the upload panel shrinks and the results take the rest of the window (before: 257 px of
        # 625 for the tab's contents).
        box = d.execute_script("var r = document.getElementById('results').getBoundingClientRect();"
                               "var p = document.getElementById('panel-heatmap').getBoundingClientRect();"
                               "return [r.bottom, p.height, window.innerHeight]")
        seen["results_height"] = box[1]
        check(box[0] >= box[2] - 16 and box[1] >= 0.5 * box[2], "results do not fill the window: %s" % box)
        d.save_screenshot(os.path.join(work, "serve.png"))
        if screenshot:
            d.save_screenshot(screenshot)
        panel = select_tab(d, "tab-findings")
        kinds = Select(d.find_element(By.ID, "finding-kind"))
        check(kinds.options[0].text == "все виды (216)", "findings: " + kinds.options[0].text)
        kinds.select_by_value("no_mentors_15_19")
        shown = d.find_element(By.ID, "findings-shown").text
        check(shown.startswith("Показано 57 из 57"), "filtered findings: " + shown)
        check(len(panel.find_elements(By.CSS_SELECTOR, "tbody tr")) == 57, "filtered rows")
        # «Замечания» fits the window: long values wrap, links are shown short with the whole link as the target.
        kinds.select_by_value("")
        fit = d.execute_script("var p = document.getElementById('panel-findings'); return [p.scrollWidth, p.clientWidth]")
        check(fit[0] <= fit[1], "«Замечания» is wider than the window: %s" % fit)
        links = panel.find_elements(By.CSS_SELECTOR, "td.raw a")
        check(links and all(len(a.text) <= 40 and a.get_attribute("href").startswith("http") for a in links), "short links")
        bare = [(a.text, re.sub(r"^https?://", "", a.get_attribute("title"))) for a in links]
        long_ = [(t, full) for t, full in bare if len(full) > 40]
        check(long_ and all(t.endswith("…") and full.startswith(t[:-1]) for t, full in long_),
              "long links are not shortened: %s" % long_[:3])

        # 3. The check before building: the region's forms have wordings to decide, so the job stops after the
        # check with `check --json`'s counts on the page; «Собрать свод как есть» builds it.
        d.find_element(By.ID, "clear").click()
        region = sorted(glob.glob(os.path.join(ROOT, "Tests/Fixtures/matching/forms/region/*.xlsx")))
        shown = {}
        build_and_wait(d, region, seen_check=shown,
                       shot=re.sub(r"\.png$", "-check.png", screenshot) if screenshot else None)
        check(shown, "the region's forms were built without stopping at the check")
        cli_check = check_json(binary, region)
        summary = cli_check["summary"]
        expected = "файлов %d: прочитано %d, не прочитано %d; значений учтено %d, не учтено %d (формулировок %d); замечаний к данным %d" % (
            summary["files"], summary["read"], summary["skipped"], summary["values"], summary["unusedValues"],
            summary["unusedWordings"], len(cli_check["findings"]))
        check(shown["total"].startswith(expected), "check on the page: %r, check --json: %r" % (shown["total"], expected))
        check("НЕ УЧТЕНО %d " % summary["unusedValues"] in shown["problems"], "check problems: " + shown["problems"])
        check(shown["status"].startswith("Проверка нашла, что исправить"), "status: " + shown["status"])
        seen["check_before_build"] = shown["total"]
        # After building, the check is the results' tab «Проверка файлов».
        check(not d.find_element(By.ID, "check").is_displayed(), "the check's panel stays above the results")
        panel = select_tab(d, "tab-check")
        check(panel.find_element(By.ID, "check-total").text == shown["total"], "the check's tab differs from what was shown")
        # How many wordings are left to decide depends on the matcher; the decision below must take away one.
        count = re.fullmatch(r"\((\d+)\)", d.find_element(By.ID, "count-decisions").text)
        check(count and int(count.group(1)) > 1, "decisions: " + d.find_element(By.ID, "count-decisions").text)
        left = "(%d)" % (int(count.group(1)) - 1)
        select_tab(d, "tab-decisions")
        wording = "Число соглашений о сотрудничестве с образовательными организациями, предоставившими наставников"
        select = [s for s in d.find_elements(By.CSS_SELECTOR, "#decisions-table select") if s.get_attribute("data-wording") == wording]
        check(len(select) == 1, "no drop-down for the wording")
        Select(select[0]).select_by_value("agreements_edu_orgs")
        apply = d.find_element(By.ID, "apply")
        check(apply.text == "Применить решения (1) и пересобрать", "apply: " + apply.text)
        apply.click()
        WebDriverWait(d, 120).until(lambda x: x.find_element(By.ID, "count-decisions").text == left
                                    and x.find_element(By.ID, "status").text == "Свод готов.")
        check("«%s» — " % wording in d.find_element(By.ID, "decided-list").text, "decided list")
        panel = select_tab(d, "tab-heatmap")
        cells_ = [c for c in panel.find_elements(By.CSS_SELECTOR, "td.dyn") if c.get_attribute("data-criterion") == "agreements_edu_orgs"]
        check(cells_, "agreements_edu_orgs not in the heat map")
        value = cells_[0].find_element(By.XPATH, "preceding-sibling::td[1]").text
        check(value == "3", "agreements_edu_orgs = %r (the forms give 1 + 1 + 1)" % value)
        seen["decision_value"] = value

        # 4. The region: municipal workbooks of `consolidate` → the regional workbook of `rollup`.
        d.find_element(By.ID, "clear").click()
        workbooks, halves = municipal_workbooks(binary, work)
        link = build_and_wait(d, workbooks, link_text="Скачать сводную по региону")
        kind = d.find_element(By.ID, "regional-kind").text
        check(kind.startswith("Загружены сводные книги муниципалитетов (2), поэтому собран свод региона за 2024 год"),
              "regional: " + kind)
        names = [r.find_elements(By.TAG_NAME, "td")[0].text for r in d.find_elements(By.CSS_SELECTOR, "#regional-table tbody tr")]
        check(names == ["Город А", "Район Б"], "municipalities: %s" % names)
        check(not d.find_element(By.ID, "results").is_displayed() and not d.find_element(By.ID, "cards-link").is_displayed(),
              "a municipality's results shown for the region")
        before = set(os.listdir(downloads))
        link.click()
        got = wait_download(downloads, before)
        seen["regional_downloaded"] = os.path.basename(got)
        check(os.path.basename(got) == "свод_региона_2024.xlsx", "regional downloaded as " + got)
        with open(got, "rb") as f, open(rollup(binary, workbooks, work), "rb") as g:
            ours, theirs = f.read(), g.read()
        check(ours == theirs, "the page's regional workbook differs from rollup's (%d / %d bytes)" % (len(ours), len(theirs)))
        seen["regional_bytes"] = len(ours)
        seen["regional_sheets"] = openpyxl.load_workbook(got).sheetnames
        width = d.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        check(width[0] <= width[1], "horizontal scroll with the region: %s" % width)
        if screenshot:
            d.save_screenshot(re.sub(r"\.png$", "-region.png", screenshot))
        # Forms with a municipal workbook of their year: a message saying what to do, and no workbook.
        d.find_element(By.ID, "clear").click()
        d.find_element(By.ID, "files").send_keys("\n".join(halves[1][:5] + [workbooks[0]]))
        WebDriverWait(d, 30).until(lambda x: x.find_element(By.ID, "build").is_enabled())
        d.find_element(By.ID, "build").click()
        WebDriverWait(d, 120).until(lambda x: "Загружены вместе формы" in x.find_element(By.ID, "status").text)
        check(not d.find_element(By.ID, "download").is_displayed(), "a workbook offered for mixed files")
        seen["mixed"] = d.find_element(By.ID, "status").text

        errors = [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]
        check(not errors, "browser errors: %s" % errors)
    finally:
        if d:
            d.quit()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    left = [n for n in os.listdir(data) if re.fullmatch(r"[0-9a-f]{32}", n)]
    check(not left, "jobs left after the server stopped: %s" % left)
    print(json.dumps(seen, ensure_ascii=False))


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print("FAILED: %s" % e)
        sys.exit(1)
