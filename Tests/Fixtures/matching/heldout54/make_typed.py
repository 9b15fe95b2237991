#!/usr/bin/env python3
"""Held-out set 54: monitoring forms of the mentoring model (ЦМН) typed «as on a typewriter» in a spreadsheet.

Invented municipality: «Муниципальный округ Светлополянский район Удмуртской Республики», reporting year 2024.
Everything is fixed data (no randomness). Writes typed/*.xlsx, expected.json, cells.json.
One file (04) is re-saved through LibreOffice (soffice --headless --convert-to xlsx), as a rural school would.
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024


def dots(label, value, width=84, ch="."):
    """label ....... value  (dot / underscore leaders padded to a fixed width, as typed in a monospace font)."""
    n = max(4, width - len(label) - len(value) - 2)
    return f"{label} {ch * n} {value}"


class Form:
    def __init__(self, fname, sheet, organisation, font_name, font_size=12):
        self.fname = fname
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = sheet
        self.organisation = organisation
        self.font = Font(name=font_name, size=font_size)
        self.r = 1
        self.values, self.links = {}, {}
        self.not_criteria, self.headings = [], []
        self.cells = []
        self.saved_by = "openpyxl"

    # ---- low level -------------------------------------------------------------------------------------------
    def put(self, col, value, row=None, bold=False, fmt=None, wrap=False):
        row = row or self.r
        c = self.ws.cell(row=row, column=col, value=value)
        c.font = Font(name=self.font.name, size=self.font.sz, bold=bold)
        if fmt:
            c.number_format = fmt
        if wrap:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        return c

    def rec_value(self, crit, cell, expected):
        assert crit not in self.values, (self.fname, crit)
        self.values[crit] = expected
        self.cells.append({"kind": "value", "criterion": crit, "cell": cell, "expected": expected})

    def rec_link(self, crit, cell, url):
        assert crit not in self.links, (self.fname, crit)
        self.links[crit] = url
        self.cells.append({"kind": "link", "criterion": crit, "cell": cell, "expected": url})

    # ---- column-A (typewriter) lines ---------------------------------------------------------------------------
    def line(self, text="", bold=False):
        if text != "":
            self.put(1, text, bold=bold)
        self.r += 1

    def head(self, text):
        self.headings.append(text.strip())
        self.line(text, bold=False)

    def val(self, crit, text, expected, link=None):
        """text holds the label, the leader and the value (and maybe '(url)' at the end)."""
        cell = f"A{self.r}"
        self.put(1, text)
        self.rec_value(crit, cell, expected)
        if link:
            assert link in text
            self.rec_link(crit, cell, link)
        self.r += 1

    def wrapped(self, crit, first, second, expected, link=None):
        """a line wrapped into two cells of column A; the value sits at the end of the second one."""
        self.line(first)
        self.val(crit, second, expected, link)

    def link(self, crits, text, url):
        assert url in text
        cell = f"A{self.r}"
        self.put(1, text)
        for c in crits:
            self.rec_link(c, cell, url)
        self.r += 1

    def decoy(self, label, text):
        self.not_criteria.append(label)
        self.line(text)

    def note(self, lines):
        """the «Примечание» paragraph at the bottom: figures, but no values."""
        self.not_criteria.append(lines[0].strip())
        for t in lines:
            self.line(t)

    # ---- column-B forms ----------------------------------------------------------------------------------------
    def bval(self, crit, label_lines, bvalue, expected, merged=False, fmt=None, link=None):
        """wording in column A (one cell, or spread over two rows: merged or not), value in column B."""
        n = len(label_lines)
        if merged and n > 1:
            self.put(1, " ".join(label_lines), wrap=True)
            self.ws.merge_cells(start_row=self.r, start_column=1, end_row=self.r + n - 1, end_column=1)
            self.ws.merge_cells(start_row=self.r, start_column=2, end_row=self.r + n - 1, end_column=2)
            vrow = self.r
            lrow = self.r
        else:
            for i, t in enumerate(label_lines):
                self.put(1, t, row=self.r + i)
            vrow = self.r + n - 1          # value next to the last line of the wording
            lrow = self.r + n - 1
        c = self.put(2, bvalue, row=vrow, fmt=fmt)
        c.alignment = Alignment(horizontal="center", vertical="top")
        self.rec_value(crit, f"B{vrow}", expected)
        if link:
            # link in brackets at the end of the wording
            cell_text = self.ws.cell(row=lrow, column=1).value
            assert link in cell_text
            self.rec_link(crit, f"A{lrow}", link)
        self.r += n

    def bdecoy(self, label_lines, bvalue, fmt=None):
        self.not_criteria.append(re.sub(r"^[\d.]+\s+", "", " ".join(t.strip() for t in label_lines)))
        for i, t in enumerate(label_lines):
            self.put(1, t, row=self.r + i)
        self.put(2, bvalue, row=self.r + len(label_lines) - 1, fmt=fmt)
        self.r += len(label_lines)

    # ---- output ------------------------------------------------------------------------------------------------
    def save(self, outdir):
        path = os.path.join(outdir, self.fname)
        stamp = datetime.datetime(2025, 1, 20, 9, 30, 0)          # fixed, so that reruns give the same content
        self.wb.properties.creator = "user"
        self.wb.properties.created = stamp
        self.wb.properties.modified = stamp
        self.wb.save(path)
        return path

    def entry(self):
        return {"file": f"typed/{self.fname}", "year": YEAR, "organisation": self.organisation,
                "values": self.values, "links": self.links,
                "not_criteria": self.not_criteria, "headings": self.headings}


# ==================================================================================================================
# 01  МБОУ «Светлополянская СОШ № 1»: Courier New, everything in column A, dot leaders, «1.1.» / «а)» / «–»,
#     links on their own line «Ссылка: …»
# ==================================================================================================================
def f01():
    f = Form("01_svpol_sosh1_cmn_2024.xlsx", "Лист1", "МБОУ «Светлополянская СОШ № 1»", "Courier New", 10)
    U = "https://shkola1svetlayapolyana-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/2024/"
    L = lambda name: U + name
    f.line("                Управление образования Администрации Светлополянского района")
    f.line("                         МБОУ «Светлополянская СОШ № 1»")
    f.line()
    f.line("                                   О Т Ч Ё Т")
    f.line("        о реализации целевой модели наставничества за 2024 год (мониторинг)")
    f.line("   с. Светлая Поляна                                                     20.01.2025")
    f.line()
    f.head("1. Нормативная база")
    f.val("orgs_regulation_teachers", dots("   1.1. Положение о наставничестве педагогических работников утверждено", "да"), 1)
    u = L("polozhenie_nastavnichestvo_pedagogov.pdf"); f.link(["orgs_regulation_teachers"], "        Ссылка: " + u, u)
    f.val("orgs_regulation_students", dots("   1.2. Положение о наставничестве обучающихся утверждено", "да"), 1)
    u = L("polozhenie_nastavnichestvo_obuchayushchihsya.pdf"); f.link(["orgs_regulation_students"], "        Ссылка: " + u, u)
    f.val("orgs_monitoring_order", dots("   1.3. Приказ о проведении мониторинга ЦМН в школе", "да"), 1)
    u = L("prikaz_monitoring_cmn_2024.pdf"); f.link(["orgs_monitoring_order"], "        Ссылка: " + u, u)
    f.val("internal_monitoring_notes", dots("   1.4. Справка по итогам внутреннего мониторинга", "да"), 1)
    u = L("spravka_vnutrenniy_monitoring_2024.pdf"); f.link(["internal_monitoring_notes"], "        Ссылка: " + u, u)
    f.val("curators_total", dots("   1.5. Кураторы внедрения ЦМН (приказ от 02.09.2024 № 112-од)", "2 чел."), 2)
    u = L("prikaz_112-od_kuratory.pdf"); f.link(["curators_total"], "        Ссылка: " + u, u)
    f.val("pay_acts", dots("   1.6. Локальные акты о доплатах (материальном поощрении) наставникам", "1 шт."), 1)
    u = L("polozhenie_oplata_truda_razdel_nastavniki.pdf"); f.link(["pay_acts"], "        Ссылка: " + u, u)
    f.val("nonmaterial_acts", dots("   1.7. Локальные акты о нематериальном поощрении наставников", "1 шт."), 1)
    u = L("polozhenie_nematerialnoe_pooshchrenie.pdf"); f.link(["nonmaterial_acts"], "        Ссылка: " + u, u)
    f.line()
    f.head("2. Наставники и наставляемые")
    f.val("mentors_total", dots("   2.1. Наставников всего по приказу", "58 чел."), 58)
    u = L("prikaz_baza_nastavnikov_2024.pdf"); f.link(["mentors_total"], "        Ссылка: " + u, u)
    f.line("        из них:")
    f.val("teachers_mentors", dots("          а) педагоги школы", "22"), 22)
    f.val("mentors_15_19", dots("          б) обучающиеся 15–19 лет", "31"), 31)
    f.val("external_edu_mentors", dots("          в) из других образовательных организаций (техникум)", "2"), 2)
    f.val("enterprise_mentors", dots("          г) с предприятий", "2"), 2)
    f.val("other_org_mentors", dots("          д) из иных организаций (ЦРБ)", "1"), 1)
    f.val("mentees_total", dots("   2.2. Наставляемых всего по приказу", "105 чел."), 105)
    u = L("prikaz_baza_nastavlyaemyh_2024.pdf"); f.link(["mentees_total"], "        Ссылка: " + u, u)
    f.decoy("Наставников на 01.09.2023 (для сравнения)",
            dots("   2.3. Наставников на 01.09.2023 (для сравнения)", "49"))
    f.decoy("Педагогов-наставников и наставляемых педагогов вместе",
            dots("   2.4. Педагогов-наставников и наставляемых педагогов вместе", "33"))
    f.line()
    f.head("3. Обучающиеся 10–19 лет")
    f.val("students_10_19", dots("   3.1. Всего обучающихся в возрасте 10–19 лет", "512"), 512)
    u = L("spisok_nastavlyaemyh_obuch_2024.pdf")
    f.wrapped("mentees_10_19", "   3.2. Из них включены в программы наставничества как наставляемые,",
              dots("        всего", "94"), 94)
    f.link(["mentees_10_19"], "        Ссылка: " + u, u)
    f.val("mentees_risk", dots("          – «группа риска»", "12"), 12)
    f.val("mentees_gifted", dots("          – одарённые дети (в реестре)", "15"), 15)
    f.val("mentees_disabled", dots("          – дети с ОВЗ и дети-инвалиды", "7"), 7)
    f.val("mentees_low_motivation", dots("          – низкая мотивация, неуспевающие", "18"), 18)
    f.val("mentees_career", dots("          – затрудняются с выбором профессии", "22"), 22)
    f.val("mentees_other_params", dots("          – по иным основаниям", "20"), 20)
    f.val("share_mentees_10_19", dots("   3.3. Охват наставничеством (наставляемые 10–19 лет)", "18,4 %"), 18.4)
    f.val("students_15_19", dots("   3.4. Всего обучающихся 15–19 лет", "168"), 168)
    f.val("share_mentors_15_19", dots("   3.5. Доля обучающихся 15–19 лет – наставников", "18,5 %"), 18.5)
    f.line()
    f.head("4. Персонализированные программы наставничества (ППН)")
    f.val("pp_total", dots("   4.1. Всего ППН, утверждённых в 2024 г.", "60"), 60)
    f.val("pp_pupil_pupil", dots("          а) «ученик – ученик»", "28"), 28)
    f.val("pp_teacher_teacher", dots("          б) «учитель – учитель»", "5"), 5)
    f.val("pp_head_teacher", dots("          в) «руководитель – педагог»", "2"), 2)
    f.val("pp_student_pupil", dots("          г) «студент – ученик»", "2"), 2)
    f.val("pp_teacher_pupil", dots("          д) «учитель – ученик»", "21"), 21)
    f.val("pp_other", dots("          е) иные формы («работодатель – ученик»)", "2"), 2)
    u = L("prikaz_ppn_2024.pdf")
    f.link(["pp_total", "pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other"], "        Ссылка (к п. 4.1, а–е): " + u, u)
    f.line()
    f.head("5. Педагоги")
    f.val("teachers_other", dots("   5.1. Педагогов всего (без молодых специалистов)", "48"), 48)
    f.val("young_specialists", dots("   5.2. Молодых специалистов (до 35 лет, первые 3 года работы)", "6"), 6)
    f.val("young_specialists_mentees", dots("   5.3. Молодые специалисты – наставляемые", "6"), 6)
    f.val("teachers_other_mentees", dots("   5.4. Остальные педагоги – наставляемые", "5"), 5)
    f.val("share_young_specialists_mentees", dots("   5.5. Доля молодых специалистов в роли наставляемых", "100 %"), 100)
    f.val("share_teachers_mentees", dots("   5.6. Доля педагогов в роли наставляемых", "20,4 %"), 20.4)
    f.val("share_teachers_mentors", dots("   5.7. Доля педагогов в роли наставников", "40,7 %"), 40.7)
    f.val("kpk_trained", dots("   5.8. Прошли КПК по наставничеству за 2024 г.", "3 чел."), 3)
    u = L("udostovereniya_kpk_2024.pdf"); f.link(["kpk_trained"], "        Ссылка: " + u, u)
    courses = "«Наставничество в образовании: технологии и практики», 36 ч. (АОУ ДПО УР ИРО)"
    f.val("kpk_courses", "   5.9. Курсы ........ " + courses, courses)
    f.val("school_methodical_associations", dots("   5.10. ШМО наставников", "1"), 1)
    u = L("prikaz_shmo_nastavnikov.pdf"); f.link(["school_methodical_associations"], "        Ссылка: " + u, u)
    f.line()
    f.head("6. Сотрудничество")
    f.val("agreements_edu_orgs", dots("   6.1. Соглашения с образовательными организациями", "1"), 1)
    f.val("agreements_enterprises", dots("   6.2. Соглашения с предприятиями", "2"), 2)
    f.val("agreements_other_orgs", dots("   6.3. Соглашения с иными организациями", "1"), 1)
    u = L("soglasheniya_nastavnichestvo_2024.pdf")
    f.link(["agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"],
           "        Ссылка (все соглашения одним файлом): " + u, u)
    partners = ("ГБПОУ УР «Светлополянский аграрный техникум»; ООО «Светлополянский леспромхоз»; "
                "СПК «Колхоз Родина»; БУЗ УР «Светлополянская РБ МЗ УР»")
    f.val("partner_list", "   6.4. Партнёры ........ " + partners, partners)
    f.line()
    f.head("7. Удовлетворённость (анкетирование, май 2024)")
    f.val("satisfaction_mentees", dots("   7.1. наставляемых", "91 %"), 91)
    f.val("satisfaction_mentors", dots("   7.2. наставников", "88 %"), 88)
    u = L("itogi_anketirovaniya_2024.pdf")
    f.link(["satisfaction_mentees", "satisfaction_mentors"], "        Ссылка (п. 7.1–7.2): " + u, u)
    f.line()
    f.note(["Примечание. По сравнению с 2023 г. число наставляемых выросло на 14 чел. (было 91), наставников –",
            "на 9 чел. (было 49). Три наставнические пары распались в связи с переездом обучающихся, в п. 2.1",
            "и 2.2 они не учтены."])
    f.line()
    f.line("Директор школы  ______________  Н.В. Корепанова")
    f.line("Исполнитель: Ложкина Т.А., зам. директора по УВР")
    f.ws.column_dimensions["A"].width = 9   # default-ish: the text simply runs over the empty columns
    return f


# ==================================================================================================================
# 02  МБОУ «Кузьминская СОШ»: Times New Roman, tabs, «1)» / «а)», underscores «____ да», lines wrapped into two
#     cells with the value on the second, links at the end of the line in brackets
# ==================================================================================================================
def f02():
    f = Form("02_kuzminskaya_sosh_monitoring_2024.xlsx", "Мониторинг", "МБОУ «Кузьминская СОШ»", "Times New Roman", 12)
    U = "https://shkolakuzminskaya-r18.gosweb.gosuslugi.ru/netcat_files/32/315/"
    L = lambda name: U + name
    us = lambda label, v: f"{label} ____ {v}"
    f.line("\t\t\t\tМБОУ «Кузьминская СОШ»")
    f.line("\tИнформация по мониторингу внедрения целевой модели наставничества")
    f.line("\t\t\t\tза 2024 год")
    f.line("\t\t\t\t\t\t\t\tд. Кузьмино")
    f.line()
    f.head("I. Документы")
    u = L("Polozhenie_nastavnichestvo_pedagogov.pdf")
    f.val("orgs_regulation_teachers", us("\t1) Положение о системе наставничества педагогических работников утверждено", f"да ({u})"), 1, u)
    u = L("Polozhenie_nastavnichestvo_obuchayushchihsya.pdf")
    f.val("orgs_regulation_students", us("\t2) Положение о системе наставничества обучающихся утверждено", f"да ({u})"), 1, u)
    u = L("Prikaz_monitoring_CMN_2024.pdf")
    f.val("orgs_monitoring_order", us("\t3) Приказ о мониторинге реализации ЦМН", f"да ({u})"), 1, u)
    u = L("Spravka_vnutrenniy_monitoring_2024.pdf")
    f.val("internal_monitoring_notes", us("\t4) Информационная справка по итогам внутреннего мониторинга", f"есть ({u})"), 1, u)
    u = L("Prikaz_kurator_CMN.pdf")
    f.val("curators_total", us("\t5) Куратор ЦМН в школе (кол-во)", f"1 ({u})"), 1, u)
    f.val("pay_acts", us("\t6) Положение о материальном стимулировании наставников", "нет"), 0)
    u = L("Polozhenie_moralnoe_pooshchrenie_nastavnikov.pdf")
    f.val("nonmaterial_acts", us("\t7) Положение о нематериальном поощрении наставников", f"1 ({u})"), 1, u)
    f.line()
    f.head("II. Участники")
    u = L("Prikaz_nastavniki_2024.pdf")
    f.val("mentors_total", us("\t1) Количество наставников по приказу", f"18 чел. ({u})"), 18, u)
    f.val("teachers_mentors", us("\t\tа) учителя", "7"), 7)
    f.val("mentors_15_19", us("\t\tб) ученики 15–19 лет", "9"), 9)
    f.val("external_edu_mentors", us("\t\tв) из других школ, техникума", "1"), 1)
    f.val("enterprise_mentors", us("\t\tг) с предприятий (СПК «Кузьминский»)", "1"), 1)
    u = L("Prikaz_nastavlyaemye_2024.pdf")
    f.val("mentees_total", us("\t2) Количество наставляемых по приказу", f"32 чел. ({u})"), 32, u)
    f.val("students_10_19", us("\t3) Всего учащихся в возрасте от 10 до 19 лет", "118"), 118)
    u = L("Baza_nastavlyaemyh_uchashchiesya_2024.pdf")
    f.wrapped("mentees_10_19", "\t4) Учащиеся от 10 до 19 лет, которые вошли в программы наставничества",
              us("\t    в качестве наставляемых", f"27 ({u})"), 27, u)
    f.decoy("в т.ч. девочек", us("\t\tв т.ч. девочек", "14"))
    f.val("mentees_risk", us("\t\tа) из «группы риска»", "5"), 5)
    f.val("mentees_gifted", us("\t\tб) одарённые (включены в реестр)", "3"), 3)
    f.val("mentees_disabled", us("\t\tв) с ОВЗ, дети-инвалиды", "4"), 4)
    f.wrapped("mentees_low_motivation", "\t\tг) с низкой мотивацией к учёбе и неудовлетворительной",
              us("\t\t    успеваемостью", "6"), 6)
    f.wrapped("mentees_career", "\t\tд) с проблемами выбора образовательной траектории",
              us("\t\t    и профессии", "7"), 7)
    f.val("mentees_other_params", us("\t\tе) по иным параметрам", "2"), 2)
    f.val("share_mentees_10_19", us("\t5) Доля учащихся 10–19 лет в роли наставляемых", "22,9%"), 22.9)
    f.val("students_15_19", us("\t6) Всего учащихся 15–19 лет", "34"), 34)
    f.wrapped("share_mentors_15_19", "\t7) Доля учащихся 15–19 лет, вошедших в программы",
              us("\t    наставничества в роли наставника", "26,5 %"), 26.5)
    f.line()
    f.head("III. Педагоги")
    f.val("teachers_other", us("\t1) Педагогов в школе (кроме молодых специалистов)", "19"), 19)
    f.val("young_specialists", us("\t2) Молодых специалистов (до 35 лет, стаж до 3 лет)", "2"), 2)
    f.val("young_specialists_mentees", us("\t3) из них наставляемые", "2"), 2)
    f.val("teachers_other_mentees", us("\t4) Педагоги (не молодые специалисты) – наставляемые", "3"), 3)
    f.val("share_young_specialists_mentees", us("\t5) Доля молодых специалистов – наставляемых", "100%"), 100)
    f.val("share_teachers_mentees", us("\t6) Доля педагогов – наставляемых", "23,8%"), 23.8)
    f.val("share_teachers_mentors", us("\t7) Доля педагогов – наставников", "33,3%"), 33.3)
    f.val("teachers_in_pp", us("\t8) Педагоги, участвующие в персонализированных программах", "6"), 6)
    u = L("Udostoverenie_KPK_2024.pdf")
    f.val("kpk_trained", us("\t9) Обучены на КПК по наставничеству в 2024 г.", f"1 ({u})"), 1, u)
    f.val("school_methodical_associations", us("\t10) ШМО наставников", "0"), 0)
    f.line()
    f.head("IV. Персонализированные программы")
    u = L("PPN_2024.pdf")
    f.val("pp_total", us("\t1) Всего программ", f"21 ({u})"), 21, u)
    f.val("pp_pupil_pupil", us("\t\t– ученик – ученик", "9"), 9)
    f.val("pp_teacher_teacher", us("\t\t– учитель – учитель", "3"), 3)
    f.val("pp_head_teacher", us("\t\t– руководитель – педагог", "1"), 1)
    f.val("pp_teacher_pupil", us("\t\t– учитель – ученик", "8"), 8)
    f.line()
    f.head("V. Партнёры")
    u = L("Soglashenie_tehnikum_2024.pdf")
    f.val("agreements_edu_orgs", us("\t1) Соглашения с образовательными организациями", f"1 ({u})"), 1, u)
    u = L("Soglashenie_SPK_Kuzminskiy_2024.pdf")
    f.val("agreements_enterprises", us("\t2) Соглашения с предприятиями", f"1 ({u})"), 1, u)
    f.val("agreements_other_orgs", us("\t3) Соглашения с иными организациями", "0"), 0)
    partners = "ГБПОУ УР «Светлополянский аграрный техникум», СПК «Кузьминский»"
    f.val("partner_list", us("\t4) Партнёры по наставничеству", partners), partners)
    f.line()
    f.head("VI. Удовлетворённость")
    f.val("satisfaction_mentees", us("\t1) Удовлетворённость наставляемых", "86 %"), 86)
    f.val("satisfaction_mentors", us("\t2) Удовлетворённость наставников", "84 %"), 84)
    u = "https://disk.yandex.ru/i/kUz4AnKeTa2024Rs"
    f.link(["satisfaction_mentees", "satisfaction_mentors"], "\tСсылка на результаты анкетирования: " + u, u)
    f.line()
    f.decoy("План на 2025 год: охват учащихся наставничеством",
            us("\tПлан на 2025 год: охват учащихся наставничеством", "30 %"))
    f.line()
    f.note(["Примечание: в 2024 г. в школе 210 учащихся, из них 118 в возрасте 10–19 лет; двое учащихся 9 кл.",
            "были наставниками сразу в двух парах, поэтому в приказе 9 наставников-учеников, а пар – 11."])
    f.line()
    f.line("\tДиректор ____________ /Шкляева О.П./")
    f.ws.column_dimensions["A"].width = 11
    return f


# ==================================================================================================================
# 03  МАОУ «Светлополянская гимназия»: value in column B, wording in column A merged over two rows when long,
#     links at the end of the wording in brackets, shares as fractions with a percent format
# ==================================================================================================================
def f03():
    f = Form("03_gimnaziya_svpol_cmn_2024.xlsx", "2024", "МАОУ «Светлополянская гимназия»", "Times New Roman", 12)
    U = "https://gimnaziya-svpol.edu.ru/upload/nastavnichestvo/2024/"
    L = lambda name: U + name
    ws = f.ws
    ws.column_dimensions["A"].width = 72
    ws.column_dimensions["B"].width = 12
    f.put(1, "МАОУ «Светлополянская гимназия»", bold=True); ws.merge_cells("A1:B1"); f.r += 1
    f.put(1, "Мониторинг реализации целевой модели наставничества – 2024 год"); ws.merge_cells("A2:B2"); f.r += 1
    f.line()
    f.head("Раздел 1. Локальные акты")
    u = L("polozhenie_ped.pdf")
    f.bval("orgs_regulation_teachers", ["1.1. Положение о системе наставничества педагогических работников",
                                        f"({u})"], "да", 1, merged=True, link=u)
    u = L("polozhenie_obuch.pdf")
    f.bval("orgs_regulation_students", ["1.2. Положение о системе наставничества обучающихся", f"({u})"],
           "да", 1, merged=True, link=u)
    u = L("prikaz_monitoring.pdf")
    f.bval("orgs_monitoring_order", [f"1.3. Приказ о мониторинге ЦМН ({u})"], "да", 1, link=u)
    u = L("spravka_vnutr_monitoring_2024.pdf")
    f.bval("internal_monitoring_notes", ["1.4. Справка по итогам внутреннего мониторинга", f"({u})"],
           "да", 1, merged=True, link=u)
    f.bval("curators_total", ["1.5. Количество кураторов ЦМН"], 1, 1)
    f.bval("pay_acts", ["1.6. Положения (локальные акты) о доплатах наставникам"], 1, 1)
    f.bval("nonmaterial_acts", ["1.7. Положения о нематериальном поощрении наставников"], 1, 1)
    f.line()
    f.head("Раздел 2. Наставники")
    u = L("prikaz_nastavniki_01-06-145.pdf")
    f.bval("mentors_total", ["2.1. Наставников всего (по приказу от 30.08.2024 № 01-06/145)", f"({u})"],
           58, 58, merged=True, link=u)
    f.bval("teachers_mentors", ["2.2. в т.ч. учителя гимназии"], 15, 15)
    f.bval("mentors_15_19", ["2.3. в т.ч. гимназисты 15–19 лет"], 38, 38)
    f.bval("external_edu_mentors", ["2.4. в т.ч. студенты и преподаватели вузов, колледжей",
                                    "(из внешних образовательных организаций)"], 3, 3, merged=True)
    f.bval("other_org_mentors", ["2.5. в т.ч. сотрудники иных организаций (библиотека, ДК)"], 2, 2)
    f.bdecoy(["2.6. Наставников в 2023 г."], 47)
    f.line()
    f.head("Раздел 3. Наставляемые")
    u = L("prikaz_nastavlyaemye.pdf")
    f.bval("mentees_total", [f"3.1. Наставляемых всего (по приказу) ({u})"], 81, 81, link=u)
    f.bval("students_10_19", ["3.2. Всего гимназистов в возрасте 10–19 лет"], 356, 356)
    f.bval("mentees_10_19", ["3.3. Из них – наставляемые"], 71, 71)
    f.bval("mentees_risk", ["     3.3.1. группа риска"], 6, 6)
    f.bval("mentees_gifted", ["     3.3.2. одарённые (в региональном реестре)"], 24, 24)
    f.bval("mentees_disabled", ["     3.3.3. ОВЗ, инвалидность"], 3, 3)
    f.bval("mentees_low_motivation", ["     3.3.4. низкая мотивация, неудовлетворительная успеваемость"], 9, 9)
    f.bval("mentees_career", ["     3.3.5. трудности с выбором профиля, профессии"], 19, 19)
    f.bval("mentees_other_params", ["     3.3.6. иные параметры"], 10, 10)
    f.bval("share_mentees_10_19", ["3.4. Доля наставляемых среди гимназистов 10–19 лет"], 0.1994, 19.94,
           fmt="0.00%")
    f.bval("students_15_19", ["3.5. Гимназистов 15–19 лет всего"], 142, 142)
    f.bval("share_mentors_15_19", ["3.6. Доля наставников среди гимназистов 15–19 лет"], 0.2676, 26.76,
           fmt="0.00%")
    f.bdecoy(["3.7. Доля победителей и призёров олимпиад среди наставляемых"], 0.338, fmt="0.0%")
    f.line()
    f.head("Раздел 4. Педагогические работники")
    f.bval("teachers_other", ["4.1. Педагогов (без молодых специалистов)"], 36, 36)
    f.bval("young_specialists", ["4.2. Молодых специалистов до 35 лет со стажем до 3 лет"], 4, 4)
    f.bval("young_specialists_mentees", ["4.3. Молодые специалисты, которых сопровождают наставники"], 4, 4)
    f.bval("teachers_other_mentees", ["4.4. Педагоги (кроме молодых специалистов), у которых есть",
                                      "наставник"], 6, 6, merged=True)
    f.bval("share_young_specialists_mentees", ["4.5. Доля молодых специалистов, вошедших в программы",
                                               "как наставляемые"], 1, 100, merged=True, fmt="0%")
    f.bval("share_teachers_mentees", ["4.6. Доля педагогов-наставляемых"], 0.25, 25, fmt="0%")
    f.bval("share_teachers_mentors", ["4.7. Доля педагогов-наставников"], 0.375, 37.5, fmt="0.0%")
    u = L("kpk_nastavnichestvo_2024.pdf")
    f.bval("kpk_trained", ["4.8. Прошли курсы повышения квалификации по наставничеству (2024 г.)",
                           f"({u})"], 4, 4, merged=True, link=u)
    u = L("prikaz_mo_nastavnikov.pdf")
    f.bval("school_methodical_associations", [f"4.9. Методическое объединение наставников ({u})"], 1, 1, link=u)
    f.line()
    f.head("Раздел 5. Персонализированные программы")
    u = L("ppn_2024.pdf")
    f.bval("pp_total", [f"5.1. Персонализированных программ всего ({u})"], 52, 52, link=u)
    f.bval("pp_pupil_pupil", ["     – ученик – ученик"], 30, 30)
    f.bval("pp_teacher_teacher", ["     – учитель – учитель"], 4, 4)
    f.bval("pp_head_teacher", ["     – руководитель – педагог"], 2, 2)
    f.bval("pp_student_pupil", ["     – студент – ученик"], 3, 3)
    f.bval("pp_teacher_pupil", ["     – учитель – ученик"], 12, 12)
    f.bval("pp_other", ["     – иная форма (группа «выпускник – гимназист»)"], 1, 1)
    f.line()
    f.head("Раздел 6. Партнёры")
    u = L("soglasheniya_2024.pdf")
    f.bval("agreements_edu_orgs", ["6.1. Соглашения с вузами, колледжами, школами", f"({u})"], 2, 2,
           merged=True, link=u)
    partners = "ФГБОУ ВО «УдГУ»; ГБПОУ УР «Светлополянский аграрный техникум»"
    f.bval("partner_list", ["6.2. Партнёры"], partners, partners)
    ws.cell(row=f.r - 1, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    f.line()
    f.head("Раздел 7. Удовлетворённость")
    f.bval("satisfaction_mentees", ["7.1. Уровень удовлетворённости наставляемых, %"], 93.5, 93.5)
    f.bval("satisfaction_mentors", ["7.2. Уровень удовлетворённости наставников, %"], 90, 90)
    u = "https://disk.yandex.ru/d/GmN7anketa2024sv"
    f.link(["satisfaction_mentees", "satisfaction_mentors"], "Ссылка (анкеты, п. 7.1 и 7.2): " + u, u)
    f.line()
    note = ("Примечание: в 2023 г. наставляемых было 64, рост на 17 чел.; 2 программы «ученик – ученик» "
            "завершены досрочно (выбытие 2 гимназистов 11 кл.).")
    f.not_criteria.append(note)
    f.put(1, note, wrap=True); ws.merge_cells(start_row=f.r, start_column=1, end_row=f.r + 1, end_column=2)
    f.r += 2
    f.line()
    f.line("Директор гимназии ______________ А.С. Бабинцева")
    return f


# ==================================================================================================================
# 04  МБОУ «Лесозаводская ООШ»: Arial, «–» bullets, leaders typed with «…» characters, links on their own line
#     (cloud links), one title joining two criteria; re-saved through LibreOffice
# ==================================================================================================================
def f04():
    f = Form("04_lesozavodskaya_oosh_2024.xlsx", "Лист1", "МБОУ «Лесозаводская ООШ»", "Arial", 10)
    el = lambda label, v: f"{label} {'…' * max(4, 34 - len(label) // 2)} {v}"
    f.line("                         МБОУ «Лесозаводская ООШ»")
    f.line("        Сведения для мониторинга целевой модели наставничества, 2024 год")
    f.line("                                                           пос. Лесозаводский")
    f.line()
    f.val("orgs_regulation_teachers", el("– Положение о наставничестве (педагоги)", "да"), 1)
    f.val("orgs_regulation_students", el("– Положение о наставничестве (учащиеся)", "да"), 1)
    u = "https://disk.yandex.ru/d/Lz7pQm2xK4bNvA"
    f.link(["orgs_regulation_teachers", "orgs_regulation_students"], "   Ссылка на оба положения: " + u, u)
    f.val("orgs_monitoring_order", el("– Приказ о мониторинге", "да"), 1)
    u = "https://disk.yandex.ru/i/9fRt2WqYx0cLsg"
    f.link(["orgs_monitoring_order"], "   Ссылка: " + u, u)
    f.val("internal_monitoring_notes", el("– Справка по внутреннему мониторингу", "нет"), 0)
    f.val("curators_total", el("– Куратор", "1"), 1)
    f.val("mentors_total", el("– Наставники (всего, по приказу № 87-од от 02.09.2024)", "8"), 8)
    u = "https://cloud.mail.ru/public/Xq3T/LsZ8rNa41"
    f.link(["mentors_total"], "   Ссылка: " + u, u)
    f.val("teachers_mentors", el("     педагоги", "4"), 4)
    f.val("mentors_15_19", el("     учащиеся 15–19 лет", "3"), 3)
    f.val("enterprise_mentors", el("     сотрудники ООО «Лесозаводский ДОК»", "1"), 1)
    f.val("mentees_total", el("– Наставляемые (всего, по приказу)", "16"), 16)
    u = "https://cloud.mail.ru/public/Xq3T/LsZ8rNa42"
    f.link(["mentees_total"], "   Ссылка: " + u, u)
    f.val("students_10_19", el("– Учащихся 10–19 лет", "58"), 58)
    f.val("mentees_10_19", el("– Наставляемые 10–19 лет", "14"), 14)
    f.val("mentees_risk", el("     «группа риска»", "3"), 3)
    f.val("mentees_gifted", el("     одарённые", "1"), 1)
    f.val("mentees_disabled", el("     ОВЗ / инвалиды", "2"), 2)
    f.val("mentees_low_motivation", el("     слабая мотивация, неуспеваемость", "4"), 4)
    f.val("mentees_career", el("     профориентация (выбор профессии)", "3"), 3)
    f.val("mentees_other_params", el("     прочие", "1"), 1)
    f.val("share_mentees_10_19", el("– Охват 10–19 лет", "24,1 %"), 24.1)
    f.val("students_15_19", el("– Учащихся 15–19 лет", "11"), 11)
    f.val("share_mentors_15_19", el("– Доля учащихся 15–19 лет – наставников", "27,3 %"), 27.3)
    f.val("teachers_other", el("– Педагогов (без молодых спец.)", "11"), 11)
    f.val("young_specialists", el("– Молодых специалистов", "1"), 1)
    f.val("young_specialists_mentees", el("     из них с наставником", "1"), 1)
    f.val("teachers_other_mentees", el("– Педагоги-наставляемые (не молодые спец.)", "1"), 1)
    f.val("share_teachers_mentees", el("– Доля педагогов-наставляемых", "16,7 %"), 16.7)
    f.val("pp_total", el("– ППН всего", "9"), 9)
    f.val("pp_pupil_pupil", el("     ученик – ученик", "4"), 4)
    f.val("pp_teacher_teacher", el("     учитель – учитель", "1"), 1)
    f.val("pp_teacher_pupil", el("     учитель – ученик", "4"), 4)
    f.val("agreements_enterprises", el("– Соглашение с предприятием (ООО «Лесозаводский ДОК»)", "1"), 1)
    u = "https://disk.yandex.ru/i/DoK2024sogl7Hq"
    f.link(["agreements_enterprises"], "   Ссылка: " + u, u)
    f.decoy("Удовлетворённость наставляемых / наставников",
            el("– Удовлетворённость наставляемых / наставников", "95 % / 100 %"))
    f.val("nonmaterial_acts", el("– Нематериальное поощрение наставников (положение)", "1"), 1)
    f.line()
    f.note(["Примечание: школа малокомплектная, 96 обучающихся и 12 педагогов (с директором); в 2023 г. было",
            "6 наставников и 11 наставляемых. Цифры даны по приказу от 02.09.2024 № 87-од."])
    f.line()
    f.line("Директор ____________ Г.М. Вострикова")
    f.saved_by = "LibreOffice (soffice --headless --convert-to xlsx)"
    return f


# ==================================================================================================================
# 05  МБУ ДО «Светлополянский ДДТ»: value in column B, wording in column A over two unmerged rows with the value
#     next to the second one; links on their own line; one share typed as text in B
# ==================================================================================================================
def f05():
    f = Form("05_ddt_svpol_monitoring_2024.xlsx", "ЦМН", "МБУ ДО «Светлополянский ДДТ»", "Times New Roman", 12)
    U = "https://ddtsvetlayapolyana-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/CMN/"
    L = lambda name: U + name
    f.ws.column_dimensions["A"].width = 52
    f.ws.column_dimensions["B"].width = 14
    f.line("МБУ ДО «Светлополянский ДДТ»", bold=True)
    f.line("Мониторинг внедрения целевой модели наставничества")
    f.line("Отчётный период: 2024 год")
    f.line()
    f.head("Нормативные документы")
    f.bval("orgs_regulation_teachers", ["Положение о наставничестве педагогических работников"], "да", 1)
    u = L("polozhenie_pedagogi.pdf"); f.link(["orgs_regulation_teachers"], "   Ссылка: " + u, u)
    f.bval("orgs_regulation_students", ["Положение о наставничестве обучающихся"], "да", 1)
    u = L("polozhenie_obuchayushchiesya.pdf"); f.link(["orgs_regulation_students"], "   Ссылка: " + u, u)
    f.bval("orgs_monitoring_order", ["Приказ о проведении мониторинга ЦМН"], "да", 1)
    u = L("prikaz_monitoring_2024.pdf"); f.link(["orgs_monitoring_order"], "   Ссылка: " + u, u)
    f.bval("internal_monitoring_notes", ["Информационная справка по итогам", "внутреннего мониторинга"], "да", 1)
    u = L("spravka_itogi_monitoringa_2024.pdf"); f.link(["internal_monitoring_notes"], "   Ссылка: " + u, u)
    f.bval("curators_total", ["Кураторы ЦМН, чел."], 1, 1)
    f.bval("pay_acts", ["Положение о доплатах наставникам"], "нет", 0)
    f.bval("nonmaterial_acts", ["Положение о нематериальном поощрении", "наставников (грамоты, благодарности)"], 1, 1)
    f.line()
    f.head("Участники")
    f.bval("mentors_total", ["Наставников всего (приказ № 54 от 09.09.2024)"], 22, 22)
    u = L("prikaz_54_nastavniki.pdf"); f.link(["mentors_total"], "   Ссылка: " + u, u)
    f.bval("teachers_mentors", ["   педагоги дополнительного образования"], 8, 8)
    f.bval("mentors_15_19", ["   обучающиеся 15–19 лет"], 12, 12)
    f.bval("other_org_mentors", ["   представители иных организаций", "   (МБУК «Светлополянский РДК», ДЮСШ)"], 2, 2)
    f.bval("mentees_total", ["Наставляемых всего"], 51, 51)
    u = L("prikaz_54_nastavlyaemye.pdf"); f.link(["mentees_total"], "   Ссылка: " + u, u)
    f.bval("students_10_19", ["Обучающихся 10–19 лет (по списку", "объединений на 01.10.2024)"], 640, 640)
    f.bval("mentees_10_19", ["из них наставляемые"], 46, 46)
    f.bval("mentees_gifted", ["   одарённые (в реестре)"], 18, 18)
    f.bval("mentees_risk", ["   «группа риска»"], 4, 4)
    f.bval("mentees_disabled", ["   ОВЗ, инвалиды"], 6, 6)
    f.bval("mentees_career", ["   выбор профессии"], 8, 8)
    f.bval("mentees_other_params", ["   по иным параметрам", "   (активисты «Движения первых», волонтёры)"], 10, 10)
    f.bval("share_mentees_10_19", ["Доля наставляемых 10–19 лет"], 0.0719, 7.19, fmt="0.00%")
    f.bval("students_15_19", ["Обучающихся 15–19 лет"], 120, 120)
    f.bval("share_mentors_15_19", ["Доля обучающихся 15–19 лет,", "выступающих наставниками"], 0.1, 10, fmt="0%")
    f.line()
    f.head("Педагоги")
    f.bval("teachers_other", ["Педагогов ДО (без молодых специалистов)"], 24, 24)
    f.bval("young_specialists", ["Молодых специалистов"], 3, 3)
    f.bval("young_specialists_mentees", ["Молодые специалисты – наставляемые"], 3, 3)
    f.bval("teachers_other_mentees", ["Педагоги – наставляемые (без молодых", "специалистов)"], 2, 2)
    f.bval("share_teachers_mentees", ["Доля педагогов – наставляемых"], "18,5 %", 18.5)
    f.line()
    f.head("Программы")
    f.bval("pp_total", ["Персонализированных программ всего"], 20, 20)
    u = L("ppn_2024.pdf"); f.link(["pp_total"], "   Ссылка: " + u, u)
    f.bval("pp_pupil_pupil", ["   ученик – ученик"], 10, 10)
    f.bval("pp_teacher_teacher", ["   учитель – учитель"], 3, 3)
    f.bval("pp_teacher_pupil", ["   учитель – ученик"], 7, 7)
    f.line()
    f.head("Партнёры")
    f.bval("agreements_other_orgs", ["Соглашения с иными организациями"], 2, 2)
    u = L("soglasheniya_RDK_DYuSSh.pdf"); f.link(["agreements_other_orgs"], "   Ссылка: " + u, u)
    partners = "МБУК «Светлополянский РДК», МБУ ДО «Светлополянская ДЮСШ»"
    f.bval("partner_list", ["Организации-партнёры"], partners, partners)
    f.ws.cell(row=f.r - 1, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    f.line()
    f.bval("satisfaction_mentees", ["Удовлетворённость наставляемых, %"], 89, 89)
    f.bval("satisfaction_mentors", ["Удовлетворённость наставников, %"], 87, 87)
    u = "https://forms.yandex.ru/cloud/66f1a2b3c4d5e6ddt2024/results"
    f.link(["satisfaction_mentees", "satisfaction_mentors"], "   Ссылка на итоги опроса: " + u, u)
    f.line()
    f.note(["Примечание: всего в ДДТ 1 120 обучающихся в 58 объединениях; в 2023 г. наставляемых было 39.",
            "Двое педагогов-наставников работают по совместительству (учтены в 8)."])
    f.line()
    f.line("Директор ДДТ ____________ Л.В. Касаткина")
    return f


# ==================================================================================================================
# 06  МБОУ «Вятская СОШ» (full name in the heading): Calibri, «1)» numbering, «имеется / отсутствует», values
#     inside underscores «______24______», links at the end of the line in brackets
# ==================================================================================================================
def f06():
    org = "Муниципальное бюджетное общеобразовательное учреждение «Вятская средняя общеобразовательная школа»"
    f = Form("06_vyatskaya_sosh_cmn_2024.xlsx", "Лист1", org, "Calibri", 11)
    U = "https://shkolavyatskaya-r18.gosweb.gosuslugi.ru/netcat_files/30/280/"
    L = lambda name: U + name
    blank = lambda label, v: f"{label} ______{v}______"
    f.line("      " + org)
    f.line("                  Мониторинг реализации Целевой модели наставничества")
    f.line("                            по состоянию на 31.12.2024 г.")
    f.line()
    u = L("polozhenie_nastavnichestvo_pedrabotnikov.pdf")
    f.val("orgs_regulation_teachers", dots("1) Положение о наставничестве педработников", "имеется", 60) + f" ({u})", 1, u)
    u = L("polozhenie_nastavnichestvo_obuchayushchihsya.pdf")
    f.val("orgs_regulation_students", dots("2) Положение о наставничестве обучающихся", "имеется", 60) + f" ({u})", 1, u)
    u = L("prikaz_o_monitoringe_CMN_2024.pdf")
    f.val("orgs_monitoring_order", dots("3) Приказ о мониторинге ЦМН", "имеется", 60) + f" ({u})", 1, u)
    u = L("spravka_vnutrenniy_monitoring_dek2024.pdf")
    f.val("internal_monitoring_notes", dots("4) Справка по итогам внутреннего мониторинга", "имеется", 60) + f" ({u})", 1, u)
    f.val("curators_total", blank("5) Кураторов ЦМН, чел.", "1"), 1)
    u = L("prikaz_nastavniki_2024-25.pdf")
    f.val("mentors_total", blank("6) Наставники по приказу, чел.", "24") + f" ({u})", 24, u)
    f.val("teachers_mentors", blank("      в т.ч. педагоги", "9"), 9)
    f.val("young_specialists_mentors", blank("      в т.ч. молодые педагоги-наставники", "1"), 1)
    f.val("mentors_15_19", blank("      в т.ч. обучающиеся 15–19 лет", "12"), 12)
    f.val("external_edu_mentors", blank("      в т.ч. из других ОО", "1"), 1)
    f.val("enterprise_mentors", blank("      в т.ч. с предприятий", "2"), 2)
    u = L("prikaz_nastavlyaemye_2024-25.pdf")
    f.val("mentees_total", blank("7) Наставляемые по приказу, чел.", "44") + f" ({u})", 44, u)
    f.val("students_10_19", dots("8) Обучающихся 10–19 лет всего", "204 чел.", 70), 204)
    u = L("baza_nastavlyaemyh_10-19.pdf")
    f.val("mentees_10_19", dots("9) Наставляемые 10–19 лет", "38 чел.", 70) + f" ({u})", 38, u)
    f.val("mentees_risk", dots("      – «группа риска»", "7", 70), 7)
    f.val("mentees_gifted", dots("      – одарённые", "4", 70), 4)
    f.val("mentees_disabled", dots("      – ОВЗ и инвалиды", "5", 70), 5)
    f.val("mentees_low_motivation", dots("      – низкая мотивация / неуспевающие", "8", 70), 8)
    f.val("mentees_career", dots("      – проблемы с выбором профессии", "9", 70), 9)
    f.val("mentees_other_params", dots("      – иные", "5", 70), 5)
    f.val("share_mentees_10_19", dots("10) Охват наставничеством обучающихся 10–19 лет", "18,6%", 70), 18.6)
    f.val("students_15_19", dots("11) Обучающихся 15–19 лет", "52 чел.", 70), 52)
    f.val("share_mentors_15_19", dots("12) Доля наставников из числа обучающихся 15–19 лет", "23,1%", 70), 23.1)
    f.val("teachers_other", dots("13) Педагогов (кроме молодых специалистов)", "24 чел.", 70), 24)
    f.val("young_specialists", dots("14) Молодых специалистов", "3 чел.", 70), 3)
    f.val("young_specialists_mentees", dots("15) Молодые специалисты с наставником", "2 чел.", 70), 2)
    f.val("share_young_specialists_mentees", dots("16) Доля молодых специалистов-наставляемых", "66,7%", 70), 66.7)
    f.val("share_young_specialists_mentors", dots("17) Доля молодых специалистов-наставников", "33,3%", 70), 33.3)
    f.val("teachers_other_mentees", dots("18) Педагоги-наставляемые (кроме молодых специалистов)", "4 чел.", 70), 4)
    u = L("ppn_utverzhdenie_2024.pdf")
    f.val("pp_total", dots("19) ППН всего", "26", 70) + f" ({u})", 26, u)
    f.val("pp_pupil_pupil", dots("      – ученик – ученик", "12", 70), 12)
    f.val("pp_teacher_teacher", dots("      – учитель – учитель", "3", 70), 3)
    f.val("pp_teacher_pupil", dots("      – учитель – ученик", "9", 70), 9)
    f.decoy("ППН «учитель – ученик» и «руководитель – педагог» вместе (для сводной таблицы)",
            dots("      – «учитель – ученик» и «руководитель – педагог» вместе (для сводной таблицы)", "10", 70))
    f.val("satisfaction_mentees", dots("20) Удовлетворённость наставляемых", "87%", 70), 87)
    f.val("satisfaction_mentors", dots("21) Удовлетворённость наставников", "92%", 70), 92)
    u = L("soglashenie_SPK_Vyatskiy.pdf")
    f.val("agreements_enterprises", dots("22) Соглашения с предприятиями", "1", 70) + f" ({u})", 1, u)
    u = L("soglashenie_SOSh1.pdf")
    f.val("agreements_edu_orgs", dots("23) Соглашения с образовательными организациями", "1", 70) + f" ({u})", 1, u)
    partners = "СПК (колхоз) «Вятский»; МБОУ «Светлополянская СОШ № 1»"
    f.val("partner_list", "24) Партнёры ........ " + partners, partners)
    f.val("pay_acts", dots("25) Положение о материальном поощрении наставников", "отсутствует", 70), 0)
    f.line()
    f.note(["Примечание: в 2024/25 уч. г. один молодой специалист (стаж 3 года) сам стал наставником; в 2023 г.",
            "наставников было 19, наставляемых 35. Всего в школе 27 педагогов и 248 обучающихся."])
    f.line()
    f.line("Директор школы __________________ С.А. Перевощиков")
    return f


# ==================================================================================================================
# 07  Управление образования (municipal summary): Times New Roman, dot leaders, links own line and in brackets
# ==================================================================================================================
def f07():
    f = Form("07_uo_svpol_svod_cmn_2024.xlsx", "Свод", None, "Times New Roman", 12)
    U = "https://svetlopolyanskiy-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/obrazovanie/nastavnichestvo/2024/"
    L = lambda name: U + name
    W = 90
    f.line("           Управление образования Администрации муниципального образования")
    f.line("           «Муниципальный округ Светлополянский район Удмуртской Республики»")
    f.line()
    f.line("     Сводная информация по мониторингу реализации Целевой модели наставничества за 2024 год")
    f.line("     (по 14 образовательным организациям: 12 школ, 2 организации дополнительного образования)")
    f.line()
    f.head("1. Муниципальный уровень")
    f.val("municipal_order", dots("   1.1. Приказ Управления образования о реализации ЦМН в районе", "да", W), 1)
    u = L("prikaz_UO_CMN_2024.pdf"); f.link(["municipal_order"], "        Ссылка: " + u, u)
    u = L("spravka_itogi_monitoringa_CMN_2024.pdf")
    f.val("municipal_analytic_note", dots("   1.2. Информационно-аналитическая справка по итогам мониторинга",
                                          "да", W) + f" ({u})", 1, u)
    f.val("municipal_methodical_associations", dots("   1.3. Районные методические объединения наставников", "2", W), 2)
    u = L("prikaz_RMO_nastavnikov.pdf"); f.link(["municipal_methodical_associations"], "        Ссылка: " + u, u)
    f.wrapped("best_practices", "   1.4. Лучшие практики наставничества, размещённые на сайте УО и в Сообществе",
              dots("        педагогов Удмуртии (за 2024 г.)", "5", W), 5)
    u = L("luchshie_praktiki_2024.pdf"); f.link(["best_practices"], "        Ссылка: " + u, u)
    u = L("polozhenie_konkurs_Nastavnik_goda_2024.pdf")
    f.val("contests", dots("   1.5. Конкурсы профмастерства по наставничеству (за 2024 г.)", "2", W) + f" ({u})", 2, u)
    f.val("network_community", dots("   1.6. Сетевое сообщество педагогов-наставников", "есть", W), 1)
    u = "https://vk.com/nastavniki_svpol"; f.link(["network_community"], "        Ссылка: " + u, u)
    f.val("network_mentors", dots("   1.7. Сетевых наставников (по приказу МОиН УР № 15/09)", "6", W), 6)
    f.line()
    f.head("2. Образовательные организации")
    f.val("orgs_total", dots("   2.1. Всего образовательных организаций", "14", W), 14)
    f.val("orgs_regulation_teachers", dots("   2.2. Утверждено положение о наставничестве педагогов (кол-во ОО)", "14", W), 14)
    f.val("orgs_regulation_students", dots("   2.3. Утверждено положение о наставничестве обучающихся (кол-во ОО)", "13", W), 13)
    f.val("share_orgs_teachers_system", dots("   2.4. Доля ОО с системой наставничества педагогов", "100 %", W), 100)
    f.val("share_orgs_students_system", dots("   2.5. Доля ОО с системой наставничества обучающихся", "92,9 %", W), 92.9)
    f.val("orgs_monitoring_order", dots("   2.6. ОО, издавшие приказ о мониторинге", "14", W), 14)
    f.val("internal_monitoring_notes", dots("   2.7. ОО, представившие справку по внутреннему мониторингу", "12", W), 12)
    f.val("curators_total", dots("   2.8. Кураторов ЦМН (всего по району)", "16", W), 16)
    f.decoy("ОО, сдавшие отчёт в срок", dots("   2.9. ОО, сдавшие отчёт в срок", "11", W))
    f.line()
    f.head("3. Наставники и наставляемые")
    f.val("mentors_total", dots("   3.1. Наставников (по приказам ОО)", "298", W), 298)
    f.val("mentees_total", dots("   3.2. Наставляемых (по приказам ОО)", "512", W), 512)
    f.val("external_edu_mentors", dots("   3.3. Наставники из других образовательных организаций", "11", W), 11)
    f.val("enterprise_mentors", dots("   3.4. Наставники с предприятий", "10", W), 10)
    f.val("other_org_mentors", dots("   3.5. Наставники из иных организаций", "7", W), 7)
    f.decoy("Обучающихся общеобразовательных школ 10–19 лет (без ДО)",
            dots("   3.6. Обучающихся общеобразовательных школ 10–19 лет (без ДО)", "2720", W))
    f.val("students_10_19", dots("   3.7. Обучающихся 10–19 лет, всего", "3360", W), 3360)
    f.val("mentees_10_19", dots("   3.8. Наставляемых 10–19 лет", "412", W), 412)
    f.val("share_mentees_10_19", dots("   3.9. Охват 10–19 лет", "12,3 %", W), 12.3)
    f.line()
    f.head("4. Педагоги")
    f.val("teachers_municipal", dots("   4.1. Педагогов в районе (включая молодых специалистов)", "402", W), 402)
    f.val("young_specialists_municipal", dots("   4.2. Молодых специалистов в районе", "31", W), 31)
    f.val("teachers_mentors", dots("   4.3. Педагоги-наставники", "112", W), 112)
    f.val("young_specialists_mentors", dots("   4.4. Молодые специалисты – наставники", "3", W), 3)
    f.val("share_teachers_mentors", dots("   4.5. Доля педагогов-наставников", "27,9 %", W), 27.9)
    f.val("share_young_specialists_mentors", dots("   4.6. Доля молодых специалистов – наставников", "9,7 %", W), 9.7)
    f.val("kpk_trained", dots("   4.7. Прошли КПК по наставничеству в 2024 г.", "19", W), 19)
    f.val("school_methodical_associations", dots("   4.8. ШМО наставников в ОО", "9", W), 9)
    f.val("pp_total", dots("   4.9. ППН всего по району", "241", W), 241)
    f.line()
    f.note(["Примечание. 3 ОО сдали отчёт после срока (в т.ч. МБОУ «Берёзовская НОШ» – 28.01.2025), их данные",
            "включены в свод. В 2023 г. в районе было 15 ОО (МБОУ «Ключевская НОШ» присоединена к МБОУ «Вятская СОШ»),",
            "наставников – 261, наставляемых – 447."])
    f.line()
    f.line("Начальник Управления образования ______________ Е.Г. Трефилова")
    f.line("Исп. Сунцова М.И., методист ИМЦ")
    return f


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    forms = [f01(), f02(), f03(), f04(), f05(), f06(), f07()]
    expected, cells = [], []
    for f in forms:
        if f.saved_by.startswith("LibreOffice"):
            with tempfile.TemporaryDirectory() as tmp:
                src = f.save(tmp)
                subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", TYPED, src],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            assert os.path.exists(os.path.join(TYPED, f.fname))
        else:
            f.save(TYPED)
        expected.append(f.entry())
        for c in f.cells:
            cells.append({"file": f"typed/{f.fname}", "sheet": f.ws.title, **c,
                          "organisation": f.organisation, "saved_by": f.saved_by})
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(cells, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    for e in expected:
        print(f"{e['file']:50s} values={len(e['values']):3d} links={len(e['links']):3d}")
    print(f"files={len(expected)} values={nv} links={nl}")


if __name__ == "__main__":
    main()
