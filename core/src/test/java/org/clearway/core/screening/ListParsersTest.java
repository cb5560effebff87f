package org.clearway.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ListParsersTest {
    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void sdnRowsWithAliasesFromTheRemarksAndEmptyMarkers() {
        String csv = """
                306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. 'BNC'; a.k.a. 'NATIONAL BANK OF CUBA'; nationality Cuba."\r
                2674,"ABBAS, Abu","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 10 Dec 1948; f.k.a. 'ZAIDAN, Muhammad'."\r
                \u001a""";
        ParsedList p = SdnCsv.parse(utf8(csv), "test");
        assertThat(p.problems()).isEmpty();
        assertThat(p.list().entries()).hasSize(2);
        WatchListEntry bank = p.list().entries().get(0);
        assertThat(bank.entryId()).isEqualTo("306");
        assertThat(bank.aliases()).containsExactly("BNC", "NATIONAL BANK OF CUBA");
        assertThat(bank.countries()).containsExactly("CU");
        assertThat(bank.kind()).isEqualTo("entity");
        WatchListEntry abbas = p.list().entries().get(1);
        assertThat(abbas.kind()).isEqualTo("individual");
        assertThat(abbas.aliases()).containsExactly("ZAIDAN, Muhammad");
    }

    @Test
    void sdnBadRowsAreProblemsWithTheirLine() {
        ParsedList p = SdnCsv.parse(utf8("x,\"NAME\"\n12,-0- \n12,\"A\"\n12,\"B\"\n13,\"unterminated\n"), "test");
        assertThat(p.problems()).extracting(ListProblem::code)
                .containsExactly("BAD_ENTRY_NUMBER", "MISSING_NAME", "DUPLICATE_ENTRY", "UNTERMINATED_QUOTE");
        assertThat(p.problems()).extracting(ListProblem::line).containsExactly(1, 2, 4, 5);
        assertThat(p.list().entries()).extracting(WatchListEntry::name).containsExactly("A");
    }

    @Test
    void unIndividualsAndEntitiesWithAliasesAndCountries() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST><INDIVIDUALS>
                <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>CHANG</FIRST_NAME><SECOND_NAME>CHANG HA</SECOND_NAME><THIRD_NAME/>
                <REFERENCE_NUMBER>KPi.037</REFERENCE_NUMBER><DESIGNATION><VALUE>President of Iran Academy</VALUE></DESIGNATION>
                <NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE></NATIONALITY>
                <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Jang Chang Ha</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS></INDIVIDUAL></INDIVIDUALS><ENTITIES>
                <ENTITY><DATAID>2</DATAID><FIRST_NAME>ABDALLAH AZZAM BRIGADES</FIRST_NAME><REFERENCE_NUMBER>QDe.144</REFERENCE_NUMBER>
                <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Abdullah Azzam Brigades</ALIAS_NAME></ENTITY_ALIAS>
                <ENTITY_ADDRESS><CITY>Beirut</CITY><COUNTRY>Lebanon</COUNTRY></ENTITY_ADDRESS></ENTITY></ENTITIES></CONSOLIDATED_LIST>""";
        ParsedList p = UnConsolidatedXml.parse(utf8(xml), "test");
        assertThat(p.problems()).isEmpty();
        assertThat(p.list().entries()).hasSize(2);
        WatchListEntry person = p.list().entries().get(0);
        assertThat(person.entryId()).isEqualTo("KPi.037");
        assertThat(person.name()).isEqualTo("CHANG CHANG HA");
        assertThat(person.aliases()).containsExactly("Jang Chang Ha");
        assertThat(person.countries()).as("nationality, not the designation's words").containsExactly("KP");
        WatchListEntry group = p.list().entries().get(1);
        assertThat(group.kind()).isEqualTo("entity");
        assertThat(group.countries()).containsExactly("LB");
    }

    @Test
    void unXmlRefusesDoctypesSoNoEntityIsExpandedOrFetched() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&x;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>""";
        ParsedList p = UnConsolidatedXml.parse(utf8(xxe), "test");
        assertThat(p.list().entries()).isEmpty();
        assertThat(p.problems()).isNotEmpty();
        assertThat(p.problems().toString()).doesNotContain("root:");

        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>1</DATAID><FIRST_NAME>&c;</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>";
        ParsedList q = UnConsolidatedXml.parse(utf8(laughs), "test");
        assertThat(q.list().entries()).isEmpty();
        assertThat(q.problems()).isNotEmpty();
    }

    @Test
    void unMalformedXmlIsAProblem() {
        ParsedList p = UnConsolidatedXml.parse(utf8("<CONSOLIDATED_LIST><INDIVIDUAL><DATAID>1</DATAID>"), "test");
        assertThat(p.problems()).extracting(ListProblem::code).contains("MALFORMED_XML");
    }

    @Test
    void anImportedListWithEveryColumn() {
        String csv = "\uFEFFentry_id,name,aliases,country\nA-1,\"Golden Crescent Shipping, Ltd\",GCS Lines; Golden Crescent,AE;IR\nA-2,Ivan Petrov,,\n";
        ParsedList p = ImportedListCsv.parse("national-list", utf8(csv), "test");
        assertThat(p.problems()).isEmpty();
        assertThat(p.list().entries()).hasSize(2);
        assertThat(p.list().entries().get(0).aliases()).containsExactly("GCS Lines", "Golden Crescent");
        assertThat(p.list().entries().get(0).countries()).containsExactly("AE", "IR");
        assertThat(p.list().entries().get(0).list()).isEqualTo("national-list");
    }

    @Test
    void aBadImportIsRefusedWholeWithEveryProblemAndItsLine() {
        String csv = "entry_id,name,country\nA-1,Ivan Petrov,RUS\nA-1,Duplicate,\nbad id!,Someone,\nA-4,  ,\nA-5,\"open quote\n";
        ParsedList p = ImportedListCsv.parse("national-list", utf8(csv), "test");
        assertThat(p.ok()).isFalse();
        assertThat(p.list().entries()).isEmpty();
        assertThat(p.problems()).extracting(ListProblem::line, ListProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "BAD_COUNTRY"),
                org.assertj.core.groups.Tuple.tuple(3, "DUPLICATE_ENTRY_ID"),
                org.assertj.core.groups.Tuple.tuple(4, "BAD_ENTRY_ID"),
                org.assertj.core.groups.Tuple.tuple(5, "MISSING_NAME"),
                org.assertj.core.groups.Tuple.tuple(6, "UNTERMINATED_QUOTE"));
        assertThat(p.problems().get(1).message()).contains("line 2");
    }

    @Test
    void anImportNeedsAHeaderAGoodNameAndUtf8() {
        assertThat(ImportedListCsv.parse("x", utf8("id,fullname\n1,A\n"), "t").problems()).extracting(ListProblem::code).containsExactly("BAD_HEADER");
        assertThat(ImportedListCsv.parse("UN", utf8("entry_id,name\n1,A B\n"), "t").problems()).extracting(ListProblem::code).containsExactly("BAD_LIST_NAME");
        assertThat(ImportedListCsv.parse("x", new byte[] {(byte) 0xC3, 0x28}, "t").problems()).extracting(ListProblem::code).containsExactly("NOT_UTF8");
        assertThat(ImportedListCsv.parse("x", new byte[0], "t").problems()).extracting(ListProblem::code).containsExactly("EMPTY_LIST");
        assertThat(ImportedListCsv.parse("x", utf8("entry_id,name\n"), "t").problems()).extracting(ListProblem::code).containsExactly("EMPTY_LIST");
    }

    @Test
    void importLimitsAreHeld() {
        StringBuilder many = new StringBuilder("entry_id,name\n");
        for (int i = 0; i <= ImportedListCsv.MAX_ENTRIES; i++) many.append(i).append(",Name ").append(i).append('\n');
        assertThat(ImportedListCsv.parse("x", utf8(many.toString()), "t").problems()).extracting(ListProblem::code).containsExactly("TOO_MANY_ENTRIES");

        StringBuilder exactly = new StringBuilder("entry_id,name\n");
        for (int i = 0; i < ImportedListCsv.MAX_ENTRIES; i++) exactly.append(i).append(",Name ").append(i).append('\n');
        assertThat(ImportedListCsv.parse("x", utf8(exactly.toString()), "t").list().entries()).hasSize(ImportedListCsv.MAX_ENTRIES);

        StringBuilder bad = new StringBuilder("entry_id,name\n");
        for (int i = 0; i < 500; i++) bad.append("bad id ").append(i).append(",Name\n");
        assertThat(ImportedListCsv.parse("x", utf8(bad.toString()), "t").problems()).hasSize(ImportedListCsv.MAX_PROBLEMS);

        String longName = "A".repeat(ImportedListCsv.MAX_NAME_LENGTH + 1);
        assertThat(ImportedListCsv.parse("x", utf8("entry_id,name\n1," + longName + "\n"), "t").problems())
                .extracting(ListProblem::code).containsExactly("NAME_TOO_LONG");
        assertThat(ImportedListCsv.parse("x", utf8("entry_id,name\n1," + longName.substring(1) + "\n"), "t").ok()).isTrue();
        assertThat(ImportedListCsv.validListName("a".repeat(64))).isTrue();
        assertThat(ImportedListCsv.validListName("a".repeat(65))).isFalse();
    }
}
