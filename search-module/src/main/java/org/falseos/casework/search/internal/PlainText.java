package org.falseos.casework.search.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown as the plain text a reader sees: what is searched and what snippets quote. Links keep their words only;
 * each block (paragraph, list item, heading) becomes its own line. Raw HTML is kept as text, to be escaped.
 */
final class PlainText extends AbstractVisitor {

	private static final Parser PARSER = Parser.builder().build();

	private final StringBuilder out = new StringBuilder();

	private PlainText() {
	}

	static String of(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		var text = new PlainText();
		PARSER.parse(markdown).accept(text);
		return text.out.toString().replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
	}

	@Override
	public void visit(Text text) {
		out.append(text.getLiteral());
	}

	@Override
	public void visit(Code code) {
		out.append(code.getLiteral());
	}

	@Override
	public void visit(HtmlInline html) {
		out.append(html.getLiteral());
	}

	@Override
	public void visit(HtmlBlock html) {
		block(html.getLiteral());
	}

	@Override
	public void visit(FencedCodeBlock code) {
		block(code.getLiteral());
	}

	@Override
	public void visit(IndentedCodeBlock code) {
		block(code.getLiteral());
	}

	@Override
	public void visit(SoftLineBreak lineBreak) {
		out.append(' ');
	}

	@Override
	public void visit(HardLineBreak lineBreak) {
		out.append('\n');
	}

	@Override
	protected void visitChildren(Node parent) {
		super.visitChildren(parent);
		if (parent instanceof Block) {
			out.append('\n');
		}
	}

	private void block(String literal) {
		out.append(literal).append('\n');
	}
}
