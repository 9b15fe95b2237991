import Dataset

/// A value cell that holds a formula whose result the file does not store (written by a program that does not
/// compute formulas, such as a script): the tool computes no formulas, so the value is not used and the cell is named.
enum UncomputedFormula {
    static let message =
        "в ячейке формула без вычисленного значения (файл сохранён программой, которая не считает "
        + "формулы): значение не учтено; откройте файл в Excel или LibreOffice и сохраните его"
}
