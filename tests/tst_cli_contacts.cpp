// herald-cli contacts add|edit|tag|untag|opt-in|opt-out|delete|search driven as a black box on a temporary
// workspace: each command's --json keys and at least one refusal, checked through the other commands.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = CliRun;

class TestCliContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addNormalisesAndRefusesDuplicates();
    void addConsentNeedsASource();
    void editNameAndAttributes();
    void tagAndUntag();
    void optOutThenExplicitOptIn();
    void deleteChecksEveryNumberFirst();
    void searchMatchesLikeTheContactsTable();

private:
    Run cli(const QStringList &args) const;
    QJsonObject contact(const QString &phone) const;

    QTemporaryDir m_dir;
    QString m_workspace;
    int m_counter = 0;
};

Run TestCliContacts::cli(const QStringList &args) const
{
    return runCli(QStringLiteral(HERALD_CLI_PATH), QStringList{QStringLiteral("--workspace"), m_workspace} + args);
}

// The one contact `contacts search PHONE --json` finds.
QJsonObject TestCliContacts::contact(const QString &phone) const
{
    const Run r = cli({QStringLiteral("contacts"), QStringLiteral("search"), phone, QStringLiteral("--json")});
    const QJsonArray list = r.json().value(QStringLiteral("contacts")).toArray();
    return list.size() == 1 ? list.first().toObject() : QJsonObject();
}

void TestCliContacts::init()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("w%1.herald").arg(++m_counter));
}

void TestCliContacts::addNormalisesAndRefusesDuplicates()
{
    Run r = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("098765 43210"),
                 QStringLiteral("--default-region"), QStringLiteral("in"), QStringLiteral("--name"), QStringLiteral("Asha"),
                 QStringLiteral("--tag"), QStringLiteral("vip"), QStringLiteral("--attr"), QStringLiteral("city=Pune"),
                 QStringLiteral("--opted-in"), QStringLiteral("--opt-in-source"), QStringLiteral("shop counter"),
                 QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("created")).toBool(), true);
    const QJsonObject c = r.json().value(QStringLiteral("contact")).toObject();
    QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("+919876543210"));
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Asha"));
    QCOMPARE(c.value(QStringLiteral("consent")).toString(), QStringLiteral("opted_in"));
    QCOMPARE(c.value(QStringLiteral("opt_in_source")).toString(), QStringLiteral("shop counter"));
    QCOMPARE(c.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("vip")});
    QCOMPARE(c.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("city")).toString(), QStringLiteral("Pune"));
    for (const char *key : {"id", "opt_in_at", "opt_out_at", "opt_out_reason", "created_at", "updated_at"})
        QVERIFY2(c.contains(QLatin1String(key)), key);

    // The same number in another format is the same contact: refused, pointing at edit.
    r = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+91 98765-43210"), QStringLiteral("--name"),
             QStringLiteral("Other")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("contacts edit"), r.err.constData());
    QCOMPARE(contact(QStringLiteral("+919876543210")).value(QStringLiteral("name")).toString(), QStringLiteral("Asha"));

    r = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("12345")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("12345"), r.err.constData());
    r = cli({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("contacts")).toInt(), 1);
}

void TestCliContacts::addConsentNeedsASource()
{
    Run r = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+4915112345678"),
                 QStringLiteral("--opted-in")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--opt-in-source"));
    r = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+4915112345678"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("contact")).toObject().value(QStringLiteral("consent")).toString(),
             QStringLiteral("none"));
}

void TestCliContacts::editNameAndAttributes()
{
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+4915112345678"), QStringLiteral("--attr"),
                  QStringLiteral("city=Berlin"), QStringLiteral("--attr"), QStringLiteral("plan=gold"),
                  QStringLiteral("--opted-in"), QStringLiteral("--opt-in-source"), QStringLiteral("web")})
                 .exitCode,
             0);
    Run r = cli({QStringLiteral("contacts"), QStringLiteral("edit"), QStringLiteral("+49 151 12345678"), QStringLiteral("--name"),
                 QStringLiteral("Jonas"), QStringLiteral("--attr"), QStringLiteral("city=Hamburg"),
                 QStringLiteral("--unset-attr"), QStringLiteral("plan"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject c = r.json().value(QStringLiteral("contact")).toObject();
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Jonas"));
    QCOMPARE(c.value(QStringLiteral("attributes")).toObject(), (QJsonObject{{QStringLiteral("city"), QStringLiteral("Hamburg")}}));
    QCOMPARE(c.value(QStringLiteral("consent")).toString(), QStringLiteral("opted_in"));   // consent untouched

    r = cli({QStringLiteral("contacts"), QStringLiteral("edit"), QStringLiteral("+4915199999999"), QStringLiteral("--name"),
             QStringLiteral("X")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("+4915199999999") && r.err.contains("contacts add"), r.err.constData());
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")}).json().value(QStringLiteral("contacts")).toInt(),
             1);   // an edit never creates a contact
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("edit"), QStringLiteral("+4915112345678")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("edit"), QStringLiteral("+4915112345678"), QStringLiteral("--attr"),
                  QStringLiteral("=x")})
                 .exitCode,
             2);
}

void TestCliContacts::tagAndUntag()
{
    for (const QString &phone : {QStringLiteral("+919876543210"), QStringLiteral("+919876543211")})
        QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), phone}).exitCode, 0);
    Run r = cli({QStringLiteral("contacts"), QStringLiteral("tag"), QStringLiteral("+919876543210"), QStringLiteral("+919876543211"),
                 QStringLiteral("--tag"), QStringLiteral("diwali"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("changed")).toInt(), 2);
    for (const QJsonValue &v : r.json().value(QStringLiteral("contacts")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("diwali")});

    r = cli({QStringLiteral("contacts"), QStringLiteral("untag"), QStringLiteral("+919876543211"), QStringLiteral("--tag"),
             QStringLiteral("diwali"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("contacts")).toArray().first().toObject().value(QStringLiteral("tags")).toArray(),
             QJsonArray());
    QCOMPARE(contact(QStringLiteral("+919876543210")).value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("diwali")});

    // One unknown number: nothing is tagged.
    r = cli({QStringLiteral("contacts"), QStringLiteral("tag"), QStringLiteral("+919876543211"), QStringLiteral("+919876543299"),
             QStringLiteral("--tag"), QStringLiteral("late")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("+919876543299"), r.err.constData());
    QCOMPARE(contact(QStringLiteral("+919876543211")).value(QStringLiteral("tags")).toArray(), QJsonArray());
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("tag"), QStringLiteral("+919876543211")}).exitCode, 2);
}

void TestCliContacts::optOutThenExplicitOptIn()
{
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+919876543210"), QStringLiteral("--opted-in"),
                  QStringLiteral("--opt-in-source"), QStringLiteral("web")})
                 .exitCode,
             0);
    Run r = cli({QStringLiteral("contacts"), QStringLiteral("opt-out"), QStringLiteral("+919876543210"), QStringLiteral("--reason"),
                 QStringLiteral("Asked by phone"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject c = r.json().value(QStringLiteral("contacts")).toArray().first().toObject();
    QCOMPARE(r.json().value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("consent")).toString(), QStringLiteral("opted_out"));
    QCOMPARE(c.value(QStringLiteral("opt_out_reason")).toString(), QStringLiteral("Asked by phone"));
    r = cli({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("opted_out")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("opted_in")).toInt(), 0);

    // Clearing an opt-out needs an explicit opt-in with its source.
    r = cli({QStringLiteral("contacts"), QStringLiteral("opt-in"), QStringLiteral("+919876543210")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--source"));
    QCOMPARE(contact(QStringLiteral("+919876543210")).value(QStringLiteral("consent")).toString(), QStringLiteral("opted_out"));
    r = cli({QStringLiteral("contacts"), QStringLiteral("opt-in"), QStringLiteral("+919876543210"), QStringLiteral("--source"),
             QStringLiteral("signed form"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    c = r.json().value(QStringLiteral("contacts")).toArray().first().toObject();
    QCOMPARE(c.value(QStringLiteral("consent")).toString(), QStringLiteral("opted_in"));
    QCOMPARE(c.value(QStringLiteral("opt_in_source")).toString(), QStringLiteral("signed form"));
    QVERIFY(c.value(QStringLiteral("opt_out_at")).isNull());
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("opt-out"), QStringLiteral("+919876543299")}).exitCode, 1);
}

void TestCliContacts::deleteChecksEveryNumberFirst()
{
    for (const QString &phone : {QStringLiteral("+919876543210"), QStringLiteral("+919876543211")})
        QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), phone}).exitCode, 0);
    Run r = cli({QStringLiteral("contacts"), QStringLiteral("delete"), QStringLiteral("+919876543210"),
                 QStringLiteral("+919876543299")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")}).json().value(QStringLiteral("contacts")).toInt(),
             2);
    r = cli({QStringLiteral("contacts"), QStringLiteral("delete"), QStringLiteral("+919876543210"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("deleted")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("phones")).toArray(), QJsonArray{QStringLiteral("+919876543210")});
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")}).json().value(QStringLiteral("contacts")).toInt(),
             1);
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("delete")}).exitCode, 2);
}

void TestCliContacts::searchMatchesLikeTheContactsTable()
{
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+919876543210"), QStringLiteral("--name"),
                  QStringLiteral("Asha Rao"), QStringLiteral("--attr"), QStringLiteral("city=Pune")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+919876543211"), QStringLiteral("--name"),
                  QStringLiteral("Ravi"), QStringLiteral("--tag"), QStringLiteral("pune-store")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+4915112345678"), QStringLiteral("--name"),
                  QStringLiteral("Jonas")})
                 .exitCode,
             0);
    // "pune": an attribute value of one, a tag of the other; not the third.
    Run r = cli({QStringLiteral("contacts"), QStringLiteral("search"), QStringLiteral("pune"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("contacts")).toArray().size(), 2);
    r = cli({QStringLiteral("contacts"), QStringLiteral("search"), QStringLiteral("pune"), QStringLiteral("--limit"),
             QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("contacts")).toArray().size(), 1);
    r = cli({QStringLiteral("contacts"), QStringLiteral("search"), QStringLiteral("4915112")});   // part of a phone
    QVERIFY(r.out.startsWith("+4915112345678\tJonas"));
    r = cli({QStringLiteral("contacts"), QStringLiteral("search"), QStringLiteral("100%_"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 0);   // LIKE wildcards are literal
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"),
                  QStringLiteral("0")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCliContacts)
#include "tst_cli_contacts.moc"
