import * as vscode from 'vscode';

/** The status-bar item: NarrativeLint's errors and warnings across open and checked files; a click opens the Problems panel. */
export class DiagnosticCounts implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly source: string) {
    this.item.command = 'workbench.actions.view.problems';
    this.item.name = 'NarrativeLint';
    this.subscription = vscode.languages.onDidChangeDiagnostics(() => this.update());
    this.update();
    this.item.show();
  }

  update(): void {
    let errors = 0;
    let warnings = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const diagnostic of diagnostics) {
        if (diagnostic.source !== this.source) continue;
        if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    }
    this.item.text = `$(error) ${errors} $(warning) ${warnings} NarrativeLint`;
    this.item.tooltip = `NarrativeLint: ${errors} error(s), ${warnings} warning(s). Click for the Problems panel.`;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
