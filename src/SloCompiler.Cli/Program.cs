using SloCompiler.Cli;

return CliApp.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
