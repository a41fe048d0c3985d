#include "DemoSchool.h"

#include "domain/AcademicYear.h"
#include "domain/Upn.h"
#include "domain/YearGroup.h"
#include "records/AcademicYearStore.h"
#include "records/FormStore.h"
#include "records/ParentStore.h"
#include "records/PupilStore.h"
#include "records/SchoolStore.h"
#include "records/StaffStore.h"
#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <numeric>

using namespace Qt::StringLiterals;
using StoreSupport::refuse;

namespace {

constexpr int HomeLaCode = 893; // Shropshire: a border county, which is why so many Welsh names
constexpr int FormsPerYear = 2;
constexpr int LastPrimaryYear = 6;
constexpr int YearGroups = LastPrimaryYear - YearGroup::Nursery + 1;

QStringList names(const QString& commaSeparated)
{
    QStringList result = commaSeparated.split(u',');
    for (QString& name : result)
        name = name.trimmed();
    return result;
}

// The names a family of one background might carry. "Kowalski|Kowalska": masculine and feminine forms.
struct Culture
{
    int weight = 0;
    QStringList girls, boys, surnames, women, men;
};

// A modern UK primary: mostly English names, then Welsh (the school is near the border), Irish,
// Polish and other European, West African, South Asian and East Asian families. The first is English.
const QList<Culture>& cultures()
{
    static const QList<Culture> all{
        {50,
         names(
             u"Olivia, Amelia, Isla, Ava, Ivy, Freya, Lily, Florence, Mia, Willow, Rosie, Sophia, Isabella, "
             u"Grace, Daisy, Poppy, Elsie, Emily, Evie, Matilda, Elizabeth, Ruby, Phoebe, Charlotte, Alice, "
             u"Harriet, Eleanor, Maisie, Chloë, Zoë, Zoë-Mae, Renée, Katherine, Ellie-May"_s),
         names(
             u"Oliver, George, Noah, Arthur, Leo, Oscar, Harry, Archie, Jack, Henry, Charlie, Freddie, "
             u"Theodore, Thomas, William, Alfie, Jacob, James, Joshua, Samuel, Edward, Benjamin, Alexander, "
             u"Isaac, Reuben, Finley, Frederick, Joseph, Sebastian, Louis, Albie, Teddy"_s),
         names(u"Smith, Jones, Williams, Brown, Taylor, Wilson, Johnson, Walker, Wright, Robinson, Thompson, "
               u"White, Hughes, Edwards, Green, Hall, Wood, Harris, Martin, Jackson, Clarke, Turner, Hill, "
               u"Cooper, Ward, Moore, King, Baker, Harrison, Fletcher, Shaw, Marsh, Smith-Jones, "
               u"Fletcher-Hayes, Ashworth-Price"_s),
         names(u"Sarah, Emma, Laura, Rebecca, Claire, Gemma, Kate, Rachel, Hannah, Amy, Lucy, Joanne, "
               u"Victoria, Helen, Nicola, Zoë, Louise, Charlotte"_s),
         names(u"David, James, Mark, Paul, Richard, Daniel, Matthew, Christopher, Andrew, Stephen, Tom, Ben, "
               u"Jonathan, Simon, Craig, Lee, Neil, Gary"_s)},
        {13,
         names(
             u"Siân, Gwenllian, Ffion, Cerys, Angharad, Carys, Nia, Seren, Megan, Eleri, Mali, Lowri, Cadi, "
             u"Elin, Efa"_s),
         names(u"Llŷr, Rhys, Dafydd, Iolo, Osian, Gruffydd, Ioan, Tomos, Gethin, Cai, Owain, Macsen, Guto, "
               u"Elis"_s),
         names(u"Jones, Davies, Evans, Pritchard, ap Rhys, Williams, Thomas, Roberts, Lewis, Morgan, "
               u"Griffiths, Owen, Price, Powell, Llewellyn, Bowen, Vaughan, Parry"_s),
         names(u"Rhian, Bethan, Catrin, Siân, Nia, Sioned, Heledd, Manon, Ffion, Angharad"_s),
         names(u"Gareth, Dafydd, Rhodri, Huw, Aled, Iwan, Emyr, Gethin, Rhys, Llŷr"_s)},
        {8, names(u"Niamh, Siobhán, Aoife, Saoirse, Caoimhe, Róisín, Orla, Clodagh, Éabha, Ciara"_s),
         names(u"Seán, Ciarán, Oisín, Cian, Darragh, Pádraig, Conor, Eoin, Tadhg, Fionn"_s),
         names(u"Ó Súilleabháin|Ní Shúilleabháin, O'Brien, MacCarthy, Ó Briain|Ní Bhriain, Murphy, Kelly, "
               u"O'Sullivan, Byrne, Walsh, Doyle, Ó Néill|Ní Néill, Fitzgerald, Gallagher"_s),
         names(u"Siobhán, Aoife, Niamh, Mairéad, Clare, Gráinne, Sinéad, Orla"_s),
         names(u"Seán, Ciarán, Declan, Pádraig, Liam, Eoin, Colm, Dónal"_s)},
        {6, names(u"Zofia, Zuzanna, Maja, Hanna, Julia, Lena, Alicja, Oliwia"_s),
         names(u"Jakub, Antoni, Szymon, Filip, Kacper, Mikołaj, Wojciech, Jan"_s),
         names(u"Nowak, Kowalczyk, Wiśniewski|Wiśniewska, Kowalski|Kowalska, Lewandowski|Lewandowska, "
               u"Wójcik, Kamiński|Kamińska, Zieliński|Zielińska"_s),
         names(u"Agnieszka, Katarzyna, Magdalena, Anna, Joanna, Małgorzata"_s),
         names(u"Piotr, Tomasz, Krzysztof, Paweł, Marcin, Łukasz"_s)},
        {4, names(u"Inês, Renée, Léa, Giulia, Sofía, Emma, Lena, Chloë"_s),
         names(u"José, Mateo, Tiago, Luca, Lukas, Matteo, Jonas, Rafael"_s),
         names(u"Müller, Silva, Santos, Ferreira, Rossi, Dubois, Fernández, Schneider, Costa"_s),
         names(u"Ana, Sofia, Marie, Renée, Beatriz, Chiara, Katrin"_s),
         names(u"José, Pedro, Markus, Luca, João, Stefan, Thomas"_s)},
        {5, names(u"Adaeze, Chiamaka, Ifeoma, Amara, Temitope, Ayomide, Zara, Precious"_s),
         names(u"Chidi, Tobenna, Oluwaseun, Emeka, Tobi, David, Daniel, Ebuka, Kayode"_s),
         names(u"Okafor, Adeyemi, Okonkwo, Adebayo, Mensah, Eze, Olawale, Nwosu, Boateng"_s),
         names(u"Ngozi, Funmilayo, Chioma, Blessing, Adaeze, Folake, Grace"_s),
         names(u"Chukwuemeka, Oluwaseun, Babatunde, Emeka, Kwame, Samuel, Tunde"_s)},
        {7, names(u"Aisha, Amira, Maryam, Zara, Inaya, Hafsa, Fatima, Aaliyah, Mariam, Safa"_s),
         names(u"Muhammad, Ayaan, Ibrahim, Yusuf, Zain, Rayyan, Hamza, Ali, Musa, Idris"_s),
         names(u"Khan, Ahmed, Hussain, Ali, Shah, Miah|Begum, Rahman, Iqbal, Akhtar"_s),
         names(u"Nazia, Shabana, Farzana, Ayesha, Sadia, Rukhsana"_s),
         names(u"Imran, Mohammed, Tariq, Asif, Shahid, Kamran"_s)},
        {4, names(u"Priya, Anaya, Aanya, Diya, Simran, Kavya, Isha, Jasleen"_s),
         names(u"Arjun, Aarav, Ishaan, Vihaan, Rohan, Dev, Harjot, Krish"_s),
         names(u"Patel, Sharma, Singh|Kaur, Gill, Mistry, Chauhan, Sandhu"_s),
         names(u"Sunita, Priya, Anjali, Deepa, Manpreet, Neha"_s),
         names(u"Rajesh, Sanjay, Vikram, Amit, Gurpreet, Nikhil"_s)},
        {3, names(u"Mei, Linh, Anh, Xinyi, Emily, Grace, Jasmine, Yuna"_s),
         names(u"Minh, Hao, Ethan, Jayden, Duc, Wei, Kevin, Ryan"_s),
         names(u"Nguyen, Chen, Wang, Li, Tran, Zhang, Liu, Pham, Huang"_s),
         names(u"Lan, Hua, Mai, Ling, Thu, Jing"_s), names(u"Minh, Wei, Jun, Tuan, Hong, Long"_s)},
    };
    return all;
}

constexpr int Irish = 2;

const QStringList& womensTitles() // weighted as they are used
{
    static const QStringList titles = names(u"Mrs, Mrs, Mrs, Miss, Ms"_s);
    return titles;
}

// What a child on the register as William is called in class.
const QHash<QString, QStringList>& shortForms()
{
    static const QHash<QString, QStringList> forms{
        {u"William"_s, names(u"Billy, Will, Liam"_s)},
        {u"Alexander"_s, names(u"Alex, Xander"_s)},
        {u"Elizabeth"_s, names(u"Libby, Beth, Eliza"_s)},
        {u"Thomas"_s, names(u"Tom, Tommy"_s)},
        {u"Benjamin"_s, names(u"Ben, Benji"_s)},
        {u"Oliver"_s, names(u"Ollie"_s)},
        {u"Samuel"_s, names(u"Sam"_s)},
        {u"Isabella"_s, names(u"Bella, Izzy"_s)},
        {u"Matilda"_s, names(u"Tilly"_s)},
        {u"Florence"_s, names(u"Flo, Florrie"_s)},
        {u"Edward"_s, names(u"Ted, Eddie, Ned"_s)},
        {u"Joseph"_s, names(u"Joe"_s)},
        {u"James"_s, names(u"Jamie"_s)},
        {u"Katherine"_s, names(u"Kate, Katie, Kitty"_s)},
        {u"Theodore"_s, names(u"Theo, Teddy"_s)},
        {u"Frederick"_s, names(u"Freddie"_s)},
        {u"Sebastian"_s, names(u"Seb"_s)},
        {u"Harriet"_s, names(u"Hattie"_s)},
        {u"Eleanor"_s, names(u"Ellie, Nell"_s)},
        {u"Charlotte"_s, names(u"Lottie"_s)},
        {u"Gwenllian"_s, names(u"Gwen"_s)},
        {u"Gruffydd"_s, names(u"Gruff"_s)},
        {u"Pádraig"_s, names(u"Paddy"_s)},
        {u"Jakub"_s, names(u"Kuba"_s)},
        {u"Oluwaseun"_s, names(u"Seun"_s)},
        {u"Chiamaka"_s, names(u"Amaka"_s)},
        {u"Xinyi"_s, names(u"Cindy"_s)},
        {u"Zuzanna"_s, names(u"Zuzia"_s)},
    };
    return forms;
}

QString surnameFor(const QString& family, Gender gender)
{
    const qsizetype bar = family.indexOf(u'|');
    if (bar < 0)
        return family;
    return gender == Gender::Female ? family.sliced(bar + 1) : family.first(bar);
}

// Most mail systems still want ASCII: "Siân" gives "sian", "Ó Súilleabháin" "osuilleabhain".
QString emailPart(const QString& name)
{
    QString result;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c == u'ł' || c == u'Ł') // a letter of its own, not l with a mark
            c = u'l';
        c = c.toLower();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            result += c;
    }
    return result;
}

// "Bryn Ash Primary School" gives "brynash.shropshire.sch.uk", in the style of a local authority's domain.
QString emailDomain(const QString& schoolName)
{
    static const QStringList generic =
        names(u"primary, school, academy, infant, infants, junior, the, and, of"_s);
    QString shortName;
    for (const QString& word : schoolName.split(u' ', Qt::SkipEmptyParts))
        if (!generic.contains(word, Qt::CaseInsensitive))
            shortName += emailPart(word);
    return (shortName.isEmpty() ? u"school"_s : shortName) + u".shropshire.sch.uk"_s;
}

struct Child
{
    Pupil pupil;
    int culture = 0;
    QString family; // the surname, in both forms where it has two
};

struct Staffing
{
    QList<StaffMember> classTeachers; // two per year, Nursery first, in the order of their forms
    QList<StaffMember> others;
};

// Everything random about the school comes from one seeded generator, drawn in a fixed order.
class Generator final
{
public:
    explicit Generator(const DemoOptions& opts)
        : m_rng(opts.seed)
        , m_today(opts.today)
        , m_year(AcademicYear::containing(opts.today).startYear())
    {
    }

    bool write(Vault& vault, const QString& schoolName, int pupilCount, QString* error);

private:
    int below(int n) { return n > 0 ? m_rng.bounded(n) : 0; }
    bool percent(int p) { return below(100) < p; }
    template <typename T> const T& pick(const QList<T>& list) { return list.at(below(int(list.size()))); }
    template <typename T> void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(int(i + 1)));
    }
    QDate dayBetween(const QDate& first, const QDate& last)
    {
        return first.addDays(below(int(std::max<qint64>(0, first.daysTo(last))) + 1));
    }
    int culture();

    School school(const QString& name);
    Staffing staff(const QString& domain);
    StaffMember member(StaffCategory category, StaffRoles roles, int womenPercent, int maxYears);
    void assignEmail(StaffMember& member, const QString& domain);
    static QList<Form> forms(const QList<StaffMember>& classTeachers);
    QList<Child> pupils(int count, const QList<Form>& forms);
    Child child(const Form& form, Gender gender);
    QDate birthday(int ordinal);
    void holdBackOrAccelerate(QList<Child>& children);
    void pinNames(QList<Child>& children);
    void join(Child& child);
    QDate firstDay(int year) const;
    QDate midYear(const QDate& from);
    QString upn(bool transferred, int allocationYear);
    void number(QList<Child>& children);
    QList<Parent> parents(const Child& child);
    Parent parent(const QString& relationship, Gender gender, int culture, const QString& surname,
                  bool responsibility);

    QRandomGenerator m_rng;
    QDate m_today;
    int m_year = 0;
    int m_establishment = 0;
    QHash<int, int> m_serials; // the last serial given, by year allocated
    QSet<QString> m_upns;
    QSet<QString> m_emails;
    QSet<QString> m_staffNames;
};

bool Generator::write(Vault& vault, const QString& schoolName, int pupilCount, QString* error)
{
    if (!SchoolStore(vault).save(school(schoolName), error))
        return false;
    Staffing people = staff(emailDomain(schoolName));
    StaffStore staffStore(vault);
    for (QList<StaffMember>* group : {&people.others, &people.classTeachers})
        for (StaffMember& m : *group)
            if (!staffStore.save(m, error))
                return false;
    QList<Form> classes = forms(people.classTeachers);
    FormStore formStore(vault);
    for (Form& form : classes)
        if (!formStore.save(form, error))
            return false;
    PupilStore pupilStore(vault);
    ParentStore parentStore(vault);
    for (Child& c : pupils(pupilCount, classes)) {
        if (!pupilStore.save(c.pupil, error))
            return false;
        for (Parent& p : parents(c)) {
            p.pupilId = c.pupil.id;
            if (!parentStore.save(p, error))
                return false;
        }
    }
    return true;
}

int Generator::culture()
{
    const QList<Culture>& all = cultures();
    int roll = below(std::accumulate(all.cbegin(), all.cend(), 0,
                                     [](int sum, const Culture& c) { return sum + c.weight; }));
    for (int i = 0; i < all.size(); ++i) {
        if (roll < all[i].weight)
            return i;
        roll -= all[i].weight;
    }
    return 0;
}

School Generator::school(const QString& name)
{
    m_establishment = 2000 + below(900); // community primaries are numbered from 2000
    static const QStringList streets =
        names(u"School Lane, Church Street, Ffordd yr Ysgol, Station Road, Ash Grove, Chapel Lane"_s);
    static const QString inwardLetters = u"ABDEFGHJLNPQRSTUWXYZ"_s;
    const QString street = pick(streets);
    const QString postcode = (percent(50) ? u"SY10 "_s : u"SY11 "_s) + QString::number(below(10)) +
                             inwardLetters.at(below(int(inwardLetters.size()))) +
                             inwardLetters.at(below(int(inwardLetters.size())));
    return School{name, QString::number(120000 + below(20000)), street + u", Oswestry, Shropshire"_s,
                  postcode};
}

Staffing Generator::staff(const QString& domain)
{
    struct Post
    {
        StaffCategory category;
        StaffRoles roles;
        int count;
        int womenPercent;
        int maxYears; // in post for up to this many years
    };
    using enum StaffCategory;
    static const Post posts[] = {
        {Teaching, StaffRole::Head, 1, 60, 12},      // head teacher
        {Teaching, StaffRole::Dsl, 1, 70, 15},       // deputy head, the DSL
        {Teaching, StaffRole::DeputyDsl, 1, 80, 15}, // assistant head
        {Teaching, {}, 2, 85, 15},                   // SENCo; PPA and cover teacher
        {Support, StaffRole::DeputyDsl, 1, 90, 8},   // family support worker
        {Support, StaffRole::It, 1, 30, 6},          // IT technician
        {Support, {}, 11, 95, 15},                   // teaching assistants
        {Support, {}, 3, 85, 20},                    // business manager, office manager, admin assistant
        {Support, {}, 3, 40, 20},                    // site manager, cleaners
        {Governor, {}, 3, 50, 4},
        {Volunteer, {}, 2, 75, 1},
    };
    Staffing result;
    for (const Post& post : posts)
        for (int i = 0; i < post.count; ++i)
            result.others.append(member(post.category, post.roles, post.womenPercent, post.maxYears));

    // Forms are named after their teachers ("3B" is Mrs Begum's class), so a year's two teachers
    // need different initials.
    for (int ordinal = YearGroup::Nursery; ordinal <= LastPrimaryYear; ++ordinal) {
        QChar firstInitial;
        for (int i = 0; i < FormsPerYear; ++i) {
            StaffMember teacher;
            do {
                teacher = member(Teaching, {}, 85, 15);
            } while (i > 0 && emailPart(teacher.surname).front().toUpper() == firstInitial);
            firstInitial = emailPart(teacher.surname).front().toUpper();
            if (ordinal == 5 && i == 0) // the computing lead
                teacher.roles = StaffRole::OnlineSafetyCoordinator;
            result.classTeachers.append(teacher);
        }
    }
    for (QList<StaffMember>* group : {&result.others, &result.classTeachers})
        for (StaffMember& m : *group)
            if (m.category != Volunteer)
                assignEmail(m, domain);
    return result;
}

StaffMember Generator::member(StaffCategory category, StaffRoles roles, int womenPercent, int maxYears)
{
    const Gender gender = percent(womenPercent) ? Gender::Female : Gender::Male;
    const Culture& from = cultures().at(culture());
    StaffMember m;
    do { // two Mrs Edwardses in one staff room would confuse everyone
        m.forename = pick(gender == Gender::Female ? from.women : from.men);
        m.surname = surnameFor(pick(from.surnames), gender);
    } while (m_staffNames.contains(m.forename + u' ' + m.surname));
    m_staffNames.insert(m.forename + u' ' + m.surname);
    if (percent(category == StaffCategory::Governor ? 15 : 3))
        m.title = u"Dr"_s;
    else if (gender == Gender::Male)
        m.title = u"Mr"_s;
    else
        m.title = pick(womensTitles());
    m.category = category;
    m.roles = roles;
    if (maxYears <= 1) {
        m.startsOn = dayBetween(QDate(m_year, 9, 1), m_today);
    } else {
        const int year = m_year - below(maxYears + 1);
        // January and April of the start year are still before today, which is after 1 September.
        m.startsOn = percent(80) ? QDate(year, 9, 1) : QDate(year, percent(50) ? 1 : 4, 8);
    }
    return m;
}

void Generator::assignEmail(StaffMember& m, const QString& domain)
{
    const QString forename = emailPart(m.forename), surname = emailPart(m.surname);
    QString local = forename.left(1) + u'.' + surname;
    if (m_emails.contains(local))
        local = forename + u'.' + surname;
    for (int n = 2; m_emails.contains(local); ++n)
        local = forename + u'.' + surname + QString::number(n);
    m_emails.insert(local);
    m.email = local + u'@' + domain;
}

QList<Form> Generator::forms(const QList<StaffMember>& classTeachers)
{
    QList<Form> result;
    for (qsizetype i = 0; i < classTeachers.size(); ++i) {
        const YearGroup year = *YearGroup::fromOrdinal(YearGroup::Nursery + int(i) / FormsPerYear);
        const StaffMember& teacher = classTeachers[i];
        result.append(Form{0, year.code() + emailPart(teacher.surname).front().toUpper(), year, teacher.id});
    }
    return result;
}

QList<Child> Generator::pupils(int count, const QList<Form>& forms)
{
    QList<int> perYear(YearGroups, count / YearGroups);
    QList<int> years(YearGroups);
    std::iota(years.begin(), years.end(), 0);
    shuffle(years);
    for (int i = 0; i < count % YearGroups; ++i)
        ++perYear[years[i]];

    QList<Child> children;
    children.reserve(count);
    for (int y = 0; y < YearGroups; ++y) {
        QList<Gender> genders;
        for (int i = 0; i < perYear[y]; ++i)
            genders.append(i % 2 == 0 ? Gender::Female : Gender::Male);
        if (perYear[y] % 2 == 1 && percent(50))
            genders.last() = Gender::Male;
        shuffle(genders);
        for (int i = 0; i < perYear[y]; ++i)
            children.append(child(forms.at(y * FormsPerYear + i % FormsPerYear), genders[i]));
    }
    holdBackOrAccelerate(children);
    pinNames(children);
    for (Child& c : children)
        join(c);
    number(children);
    return children;
}

Child Generator::child(const Form& form, Gender gender)
{
    Child c;
    c.culture = culture();
    const Culture& family = cultures().at(c.culture);
    // Plenty of children of every background have a name from the English list.
    const Culture& given = percent(15) ? cultures().first() : family;
    Pupil& p = c.pupil;
    p.gender = gender;
    p.legalForename = pick(gender == Gender::Female ? given.girls : given.boys);
    if (const auto it = shortForms().constFind(p.legalForename); it != shortForms().cend() && percent(40))
        p.preferredForename = pick(*it);
    c.family = pick(family.surnames);
    p.surname = surnameFor(c.family, gender);
    p.yearGroup = form.yearGroup;
    p.formId = form.id;
    p.dateOfBirth = birthday(form.yearGroup.ordinal());
    return c;
}

// A child is in Reception in the academic year in which they turn 5.
QDate Generator::birthday(int ordinal)
{
    const int cohort = m_year - ordinal - 5; // born September of this year to August of the next
    return dayBetween(QDate(cohort, 9, 1), QDate(cohort + 1, 8, 31));
}

// Real rolls have a few children out of their cohort: summer-born children whose parents delayed
// the start of school, and the odd autumn-born child a year ahead.
void Generator::holdBackOrAccelerate(QList<Child>& children)
{
    QList<int> order(children.size());
    std::iota(order.begin(), order.end(), 0);
    shuffle(order);
    const int count = int(children.size() + 25) / 50; // 2%
    for (int i = 0; i < count; ++i) {
        Pupil& p = children[order[i]].pupil;
        const int ordinal = p.yearGroup.ordinal();
        if (ordinal <= YearGroup::Reception || percent(75)) {
            const int born = m_year - ordinal - 5; // the summer of the cohort above
            p.dateOfBirth = dayBetween(QDate(born, 4, 1), QDate(born, 8, 31));
        } else {
            const int born = m_year - ordinal - 4; // the autumn of the cohort below
            p.dateOfBirth = dayBetween(QDate(born, 9, 1), QDate(born, 12, 31));
        }
    }
}

// Names the demonstrations and tests rely on, whatever the seed.
void Generator::pinNames(QList<Child>& children)
{
    const QList<std::pair<QString, Gender>> forenames{
        {u"Llŷr"_s, Gender::Male}, {u"Siân"_s, Gender::Female}, {u"Zoë"_s, Gender::Female}};
    auto pinnedForename = [&](const Child& c) {
        return std::any_of(forenames.cbegin(), forenames.cend(),
                           [&](const auto& name) { return c.pupil.legalForename == name.first; });
    };
    for (const auto& [forename, gender] : forenames) {
        QList<qsizetype> candidates;
        bool present = false;
        for (qsizetype i = 0; i < children.size(); ++i) {
            present = present || children[i].pupil.legalForename == forename;
            if (children[i].pupil.gender == gender && !pinnedForename(children[i]))
                candidates.append(i);
        }
        if (present || candidates.isEmpty())
            continue;
        Pupil& p = children[pick(candidates)].pupil;
        p.legalForename = forename;
        p.preferredForename.clear();
    }

    const QString family = u"Ó Súilleabháin|Ní Shúilleabháin"_s;
    QList<qsizetype> boys;
    bool present = false;
    for (qsizetype i = 0; i < children.size(); ++i) {
        present = present || children[i].family == family;
        if (children[i].pupil.gender == Gender::Male)
            boys.append(i);
    }
    if (present || boys.isEmpty())
        return;
    Child& c = children[pick(boys)];
    c.family = family;
    c.culture = Irish;
    c.pupil.surname = surnameFor(family, Gender::Male);
}

// Most children start in the school's nursery or in Reception; a few arrive from elsewhere.
void Generator::join(Child& c)
{
    Pupil& p = c.pupil;
    const int nurseryYear = m_year - p.yearGroup.ordinal() - 1;
    const int roll = below(100);
    bool transferred = false;
    if (p.yearGroup.ordinal() == YearGroup::Nursery) {
        p.joinedOn = roll < 92 ? firstDay(m_year) : midYear(firstDay(m_year).addDays(14));
    } else if (roll < 55) {
        p.joinedOn = firstDay(nurseryYear);
    } else if (roll < 94) {
        p.joinedOn = firstDay(nurseryYear + 1);
    } else {
        p.joinedOn = midYear(firstDay(nurseryYear + 1).addDays(28));
        transferred = true;
    }
    // A UPN is allocated on first entry to a school: here, or for a joiner at the school before.
    p.upn = upn(transferred, transferred ? nurseryYear + 1 : p.joinedOn.year());
}

// The first day of the autumn term, or today if that is still to come.
QDate Generator::firstDay(int year) const
{
    QDate day(year, 9, 3);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return std::min(day, m_today);
}

// A school day between from and today, outside the summer holiday.
QDate Generator::midYear(const QDate& from)
{
    QDate day = dayBetween(std::min(from, m_today), m_today);
    day = day.addDays(-std::max(0, day.dayOfWeek() - 5));
    if (day.month() == 8 || (day.month() == 7 && day.day() > 21))
        day = firstDay(day.year());
    return day;
}

QString Generator::upn(bool transferred, int allocationYear)
{
    static const QList<int> otherAuthorities{893, 894, 884, 896, 330, 341, 352, 202};
    const int yy = allocationYear % 100;
    for (;;) {
        int la = HomeLaCode, establishment = m_establishment, serial = 0;
        if (transferred) {
            la = pick(otherAuthorities);
            establishment = 2000 + below(2000);
            serial = 1 + below(999);
        } else {
            const auto last = m_serials.constFind(yy);
            serial = last == m_serials.cend() ? 1 + below(20) : *last + 1 + below(2);
            m_serials.insert(yy, serial);
        }
        const QString upn = Upn::withCheckLetter(u"%1%2%3%4"_s.arg(la, 3, 10, QChar(u'0'))
                                                     .arg(establishment, 4, 10, QChar(u'0'))
                                                     .arg(yy, 2, 10, QChar(u'0'))
                                                     .arg(serial, 3, 10, QChar(u'0')));
        if (!m_upns.contains(upn)) {
            m_upns.insert(upn);
            return upn;
        }
    }
}

// Admission numbers run on from the school's earlier pupils, in the order children joined.
void Generator::number(QList<Child>& children)
{
    QList<qsizetype> order(children.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return children[a].pupil.joinedOn < children[b].pupil.joinedOn;
    });
    const int first = 1000 + below(800);
    for (qsizetype rank = 0; rank < order.size(); ++rank)
        children[order[rank]].pupil.admissionNumber = u"%1"_s.arg(first + int(rank), 6, 10, QChar(u'0'));
}

QList<Parent> Generator::parents(const Child& c)
{
    auto motherSurname = [&] {
        if (percent(70))
            return surnameFor(c.family, Gender::Female);
        return surnameFor(pick(cultures().at(percent(70) ? c.culture : culture()).surnames), Gender::Female);
    };
    auto mother = [&] {
        Parent p = parent(u"Mother"_s, Gender::Female, c.culture, motherSurname(), true);
        if (p.title == u"Mrs"_s && p.surname != surnameFor(c.family, Gender::Female))
            p.title = u"Ms"_s; // she kept her own name
        return p;
    };
    auto father = [&] {
        return parent(u"Father"_s, Gender::Male, c.culture, surnameFor(c.family, Gender::Male), true);
    };
    const int roll = below(100);
    if (roll < 70)
        return percent(65) ? QList<Parent>{mother(), father()} : QList<Parent>{father(), mother()};
    if (roll < 86)
        return {mother()};
    if (roll < 90)
        return {father()};
    if (roll < 95) {
        const int other = culture();
        const QString surname = surnameFor(pick(cultures().at(other).surnames), Gender::Male);
        return {mother(), parent(u"Stepfather"_s, Gender::Male, other, surname, false)};
    }
    if (roll < 98) // grandparents bringing the child up, with a special guardianship order
        return {
            parent(u"Grandparent"_s, Gender::Female, c.culture, surnameFor(c.family, Gender::Female), true)};
    const int carers = culture(); // the local authority holds parental responsibility
    const QString surname = pick(cultures().at(carers).surnames);
    return {parent(u"Foster carer"_s, Gender::Female, carers, surnameFor(surname, Gender::Female), false),
            parent(u"Foster carer"_s, Gender::Male, carers, surnameFor(surname, Gender::Male), false)};
}

Parent Generator::parent(const QString& relationship, Gender gender, int culture, const QString& surname,
                         bool responsibility)
{
    const Culture& from = cultures().at(culture);
    Parent p;
    p.relationship = relationship;
    p.parentalResponsibility = responsibility;
    p.forename = pick(gender == Gender::Female ? from.women : from.men);
    p.surname = surname;
    if (percent(4))
        p.title = u"Dr"_s;
    else if (gender == Gender::Male)
        p.title = u"Mr"_s;
    else
        p.title = pick(womensTitles());
    // Ofcom keeps these ranges for drama, so no real family is ever rung by mistake.
    p.phone = percent(85) ? u"07700 900%1"_s.arg(below(1000), 3, 10, QChar(u'0'))
                          : u"01632 960%1"_s.arg(below(1000), 3, 10, QChar(u'0'));
    if (percent(80)) {
        static const QStringList domains = names(u"example.com, example.org, example.net"_s);
        const QString suffix = percent(30) ? QString::number(1 + below(99)) : QString();
        p.email = emailPart(p.forename) + u'.' + emailPart(surname) + suffix + u'@' + pick(domains);
    }
    return p;
}

QString readablePassphrase()
{
    static const QStringList words = names(
        u"acorn, amber, anchor, apple, badger, basil, beacon, birch, bramble, breeze, brook, button, cedar, "
        u"cherry, clover, cobalt, comet, copper, coral, cotton, crystal, daisy, dolphin, ember, falcon, "
        u"fern, "
        u"fiddle, flint, forest, fossil, garnet, ginger, glacier, harbour, hazel, heron, honey, island, "
        u"ivory, "
        u"jasper, juniper, kettle, kite, lantern, lemon, lilac, linen, maple, marble, meadow, mint, moss, "
        u"nutmeg, oak, orbit, otter, pebble, pepper, pine, plum, puffin, quartz, quill, rain, raven, ribbon, "
        u"river, robin, rowan, saffron, sage, salmon, sparrow, spruce, summit, swallow, thistle, thunder, "
        u"tulip, velvet, violet, walnut, willow, wren, yarrow, zephyr"_s);
    // Not the school's seeded generator: the passphrase guards a vault, so it comes from the system.
    QRandomGenerator* rng = QRandomGenerator::system();
    QStringList chosen;
    for (int i = 0; i < 4; ++i)
        chosen.append(words.at(rng->bounded(int(words.size()))));
    return chosen.join(u'-') + u'-' + QString::number(rng->bounded(10, 100));
}

} // namespace

bool DemoSchool::populate(Vault& vault, const DemoOptions& opts, QString* error)
{
    if (!vault.isOpen())
        return refuse(error, tr("Open a vault before adding the demo school."));
    if (!opts.today.isValid())
        return refuse(error, tr("The demo school needs a valid date for today."));
    if (opts.pupils < 0 || opts.pupils > MaxPupils)
        return refuse(error, tr("A demo school has between 0 and %1 pupils.").arg(MaxPupils));
    const auto pupils = PupilStore(vault).count();
    if (!pupils)
        return refuse(error, pupils.error());
    const auto staff = StaffStore(vault).count();
    if (!staff)
        return refuse(error, staff.error());
    const auto forms = FormStore(vault).list();
    if (!forms)
        return refuse(error, forms.error());
    if (*pupils > 0 || *staff > 0 || !forms->isEmpty())
        return refuse(error,
                      tr("The demo school can only fill an empty vault, and this one already has staff, "
                         "forms or pupils."));
    const auto school = SchoolStore(vault).load();
    if (!school)
        return refuse(error, school.error());
    StoreSupport::Transaction transaction(vault.database());
    if (!transaction.isActive())
        return refuse(error, tr("The vault is busy; try again in a moment."));
    QString message;
    if (!AcademicYearStore(vault).ensure(AcademicYear::containing(opts.today), &message) ||
        !Generator(opts).write(vault, school->name, opts.pupils, &message))
        return refuse(error, tr("The demo school was not added: %1").arg(message));
    if (!transaction.commit())
        return refuse(error, tr("The demo school could not be saved; nothing was kept."));
    return true;
}

std::unique_ptr<Vault> DemoSchool::createTemporary(QString* passphrase, QString* error)
{
    // Demo vaults last as long as the program, and not a moment longer.
    static QTemporaryDir folder(QDir::tempPath() + u"/lanyard-demo-XXXXXX"_s);
    static std::atomic_int made = 0;
    if (!folder.isValid()) {
        refuse(error, tr("There is no temporary folder for the demo school: %1").arg(folder.errorString()));
        return nullptr;
    }
    const QString path = folder.filePath(u"bryn-ash-%1"_s.arg(++made) + QLatin1String(Vault::Suffix));
    const QString secret = readablePassphrase();
    VaultError vaultError;
    std::unique_ptr<Vault> vault = Vault::create(
        path, {u"Bryn Ash Primary School"_s, u"demo"_s, tr("Demo administrator"), KdfLimits::defaults()},
        secret.toUtf8(), nullptr, &vaultError);
    if (!vault) {
        refuse(error, vaultError.message);
        return nullptr;
    }
    if (!populate(*vault, DemoOptions{}, error)) {
        vault->close();
        QFile::remove(path);
        QFile::remove(KeyRing::pathFor(path));
        return nullptr;
    }
    if (passphrase)
        *passphrase = secret;
    return vault;
}
