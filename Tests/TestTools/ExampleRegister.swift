/// Facts of the example register (Examples/organisations_2024.xlsx, made by Examples/make_organisations.py from the
/// seed's list of organisations) that the tests of the register check against: the organisations without a form in
/// Examples/forms/2024, and one organisation's full name.
public enum ExampleRegister {
    public static let notReported = [
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 29»",
        "Муниципальное автономное общеобразовательное учреждение «Лицей № 41»",
        "Муниципальное бюджетное учреждение дополнительного образования «Детско-юношеский центр «Ижевск»»"
    ]
    public static let school5 =
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»"
}
