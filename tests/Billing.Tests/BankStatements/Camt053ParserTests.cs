using Billing.Payments;
using Billing.BankStatements;

namespace Billing.Tests.BankStatements;

public sealed class Camt053ParserTests
{
    [Fact]
    public void Single_entry_is_read_with_reference_status_and_remittance()
    {
        var statement = Assert.Single(CamtSamples.Parse("single.xml"));
        Assert.Equal(("STMT-2026-321", "BE86375111750850"), (statement.Id, statement.AccountIban));
        var entry = Assert.Single(statement.Entries);
        Assert.Equal("BNK-0001", entry.BankReference);
        Assert.Equal(3500.00m, entry.Amount);
        Assert.Equal("EUR", entry.Currency);
        Assert.True(entry.IsCredit);
        Assert.True(entry.IsBooked);
        Assert.False(entry.IsReversal);
        Assert.Equal(new DateOnly(2026, 11, 20), entry.BookingDate);
        var tx = Assert.Single(entry.Transactions);
        // The payer's EndToEndId (GENT-2026-77) is not the key: the bank's entry reference and the position are.
        Assert.Equal(("BNK-0001/1", 3500.00m, "202600000192", "Stad Gent", "BE68539007547034"),
            (tx.Reference, tx.Amount, tx.StructuredReference, tx.DebtorName, tx.DebtorIban));
        Assert.Null(tx.FreeText);
    }

    [Fact]
    public void Batched_entry_yields_every_transaction_detail()
    {
        var entry = Assert.Single(Assert.Single(CamtSamples.Parse("batched.xml")).Entries);
        Assert.Equal(6266.67m, entry.Amount);
        Assert.Equal([4666.67m, 1000.00m, 600.00m], entry.Transactions.Select(t => t.Amount));
        Assert.Equal(["BNK-0002-1", "BNK-0002-2", "BNK-0002-3"], entry.Transactions.Select(t => t.Reference));
        Assert.Equal("Factuur 2026-000004 +++202/6000/00495+++ eerste schijf", entry.Transactions[1].FreeText);
        Assert.Equal("OCMW Aalst", entry.Transactions[1].DebtorName);
    }

    [Fact]
    public void Reversal_debit_and_pending_entries_are_flagged()
    {
        var entries = Assert.Single(CamtSamples.Parse("reversal.xml")).Entries;
        Assert.Equal([(true, false, true), (false, false, true), (false, true, false)],
            entries.Select(e => (e.IsReversal, e.IsCredit, e.IsBooked)));
    }

    [Fact]
    public void Version_08_with_status_code_direct_amount_and_party_name_is_read()
    {
        var entry = Assert.Single(Assert.Single(CamtSamples.Parse("v08.xml")).Entries);
        Assert.Equal("BNK-0100", entry.BankReference);
        Assert.True(entry.IsBooked);
        Assert.Equal(new DateOnly(2026, 11, 20), entry.BookingDate);
        var tx = Assert.Single(entry.Transactions);
        Assert.Equal(("BNK-0100/1", 1500.00m, "202600000192", "Stad Gent"), (tx.Reference, tx.Amount, tx.StructuredReference, tx.DebtorName));
    }

    [Fact]
    public void Entry_without_details_is_one_transaction_with_the_entry_amount_and_NtryRef_as_fallback()
    {
        var entry = Assert.Single(Assert.Single(Camt053Parser.Parse(Doc(
            """<Ntry><NtryRef>N-1</NtryRef><Amt Ccy="EUR">12.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><AddtlNtryInf>+++202/6000/00192+++</AddtlNtryInf></Ntry>"""))).Entries);
        // NtryRef often restarts with every statement: it only identifies the entry within its account and statement.
        Assert.Equal("?/S1/N-1", entry.BankReference);
        var tx = Assert.Single(entry.Transactions);
        Assert.Equal(("?/S1/N-1", 12.50m, "+++202/6000/00192+++"), (tx.Reference, tx.Amount, tx.FreeText));
    }

    [Fact]
    public void Truncated_file_is_refused_whole_with_a_Dutch_message()
    {
        var ex = Assert.Throws<CamtFormatException>(() => CamtSamples.Parse("malformed.xml"));
        Assert.StartsWith("Het bestand is geen geldig XML-bestand (regel", ex.Message);
        Assert.Contains("niets ingelezen", ex.Message);
    }

    [Theory]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><BkToCstmrStmt/></Document>", "geen camt.053-rekeninguittreksel")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt/></Document>", "geen rekeninguittreksel (Stmt)")]
    [InlineData("<html/>", "geen camt.053-rekeninguittreksel")]
    [InlineData("", "geen geldig XML-bestand")]
    public void Other_documents_are_refused(string xml, string message) =>
        Assert.Contains(message, Assert.Throws<CamtFormatException>(() => Camt053Parser.Parse(xml)).Message);

    [Theory]
    [InlineData("""<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>""", "bankreferentie")]
    [InlineData("""<Ntry><AcctSvcrRef>R</AcctSvcrRef><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>""", "het bedrag (Amt) ontbreekt")]
    [InlineData("""<Ntry><AcctSvcrRef>R</AcctSvcrRef><Amt Ccy="EUR">12,50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>""", "'12,50' is geen geldig bedrag")]
    [InlineData("""<Ntry><AcctSvcrRef>R</AcctSvcrRef><Amt>1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>""", "munt (Ccy)")]
    [InlineData("""<Ntry><AcctSvcrRef>R</AcctSvcrRef><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>IN</CdtDbtInd><Sts>BOOK</Sts></Ntry>""", "CdtDbtInd moet CRDT of DBIT zijn")]
    [InlineData("""<Ntry><AcctSvcrRef>R</AcctSvcrRef><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>""", "status (Sts)")]
    [InlineData("""<Ntry><AcctSvcrRef>R</AcctSvcrRef><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>20/11/2026</Dt></BookgDt></Ntry>""", "geen geldige datum")]
    [InlineData("""<Ntry><AcctSvcrRef>R</AcctSvcrRef><Amt Ccy="EUR">3.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><NtryDtls><TxDtls/><TxDtls/></NtryDtls></Ntry>""", "transactie 1 van de gebundelde boeking heeft geen bedrag")]
    [InlineData("""<Ntry><AcctSvcrRef>R</AcctSvcrRef><Amt Ccy="EUR">3.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><NtryDtls><TxDtls><Amt Ccy="EUR">1.00</Amt></TxDtls><TxDtls><Amt Ccy="EUR">1.00</Amt></TxDtls></NtryDtls></Ntry>""", "som van de transacties")]
    public void A_bad_entry_refuses_the_whole_file_and_says_where(string entry, string message)
    {
        var good = """<Ntry><AcctSvcrRef>OK</AcctSvcrRef><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>""";
        var ex = Assert.Throws<CamtFormatException>(() => Camt053Parser.Parse(Doc(good + entry)));
        Assert.Contains(message, ex.Message);
        Assert.StartsWith("Uittreksel S1, boeking 2", ex.Message);
    }

    [Fact]
    public void A_DTD_is_refused_so_no_entity_can_be_expanded()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>""" + Doc("");
        Assert.Contains("geen geldig XML-bestand", Assert.Throws<CamtFormatException>(() => Camt053Parser.Parse(xml)).Message);
    }

    [Fact]
    public void The_same_NtryRef_on_two_statements_is_two_entries()
    {
        const string entry = """<Ntry><NtryRef>1</NtryRef><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>""";
        const string account = "<Acct><Id><IBAN>BE86375111750850</IBAN></Id></Acct>";
        var statements = Camt053Parser.Parse(
            $"""<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>S1</Id>{account}{entry}</Stmt><Stmt><Id>S2</Id>{account}{entry}</Stmt></BkToCstmrStmt></Document>""");
        Assert.Equal(["BE86375111750850/S1/1", "BE86375111750850/S2/1"], statements.SelectMany(s => s.Entries).Select(e => e.BankReference));
    }

    [Fact]
    public void Transactions_of_a_batch_sharing_a_reference_are_told_apart_by_position()
    {
        const string tx = """<TxDtls><Refs><AcctSvcrRef>SAME</AcctSvcrRef></Refs><Amt Ccy="EUR">5.00</Amt></TxDtls>""";
        var entry = Assert.Single(Assert.Single(Camt053Parser.Parse(Doc(
            $"""<Ntry><AcctSvcrRef>B-9</AcctSvcrRef><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><NtryDtls>{tx}{tx}</NtryDtls></Ntry>"""))).Entries);
        Assert.Equal(["B-9/1", "B-9/2"], entry.Transactions.Select(t => t.Reference));
    }

    private static string Doc(string entries) =>
        $"""<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>S1</Id>{entries}</Stmt></BkToCstmrStmt></Document>""";
}
